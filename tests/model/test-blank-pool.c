/* test-blank-pool.c: objects made ahead by one thread for another
 * (ptce-blank-pool-private.h, private API): made where wanted, handed
 * over once each, of the right type and fresh, filled as the types' own
 * _new() functions fill theirs, and the untaken ones dropped.
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <libptce/libptce.h>

#include "ptce-blank-pool-private.h"
#include "ptce-model-private.h"

enum { COOPERATION, MEMBERSHIP };

static const GType *
pool_types (void)
{
  static GType types[2];

  types[COOPERATION] = PTCE_TYPE_COOPERATION;
  types[MEMBERSHIP] = PTCE_TYPE_MEMBERSHIP;
  return types;
}

static PtceBlankPool *
forced_pool (void)
{
  PtceBlankPool *pool;

  g_setenv ("PTCE_BLANK_POOL", "1", TRUE);
  pool = ptce_blank_pool_new (pool_types (), 2);
  g_unsetenv ("PTCE_BLANK_POOL");
  g_assert_nonnull (pool);
  return pool;
}

/* PTCE_BLANK_POOL says whether; without it, the running GLib does. */
static void
test_wanted (void)
{
  g_autoptr(PtceBlankPool) never = NULL;
  g_autoptr(PtceBlankPool) by_version = NULL;

  g_setenv ("PTCE_BLANK_POOL", "0", TRUE);
  never = ptce_blank_pool_new (pool_types (), 2);
  g_unsetenv ("PTCE_BLANK_POOL");
  g_assert_null (never);

  by_version = ptce_blank_pool_new (pool_types (), 2);
  if (glib_check_version (2, 76, 0) != NULL)
    g_assert_nonnull (by_version);
  else
    g_assert_null (by_version);
}

/* Nothing before a feed; then fresh objects of each type, each once, in
 * batches that grow with what is taken. */
static void
test_feed_and_take (void)
{
  g_autoptr(PtceBlankPool) pool = forced_pool ();
  /* all kept alive, so that no object can reuse a freed one's address */
  g_autoptr(GPtrArray) kept = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  guint64 before = ptce_blank_pool_count_taken ();
  guint feeds = 1;

  g_assert_null (ptce_blank_pool_take (pool, COOPERATION));
  g_assert_null (ptce_blank_pool_take (pool, MEMBERSHIP));
  g_assert_cmpuint (ptce_blank_pool_count_taken (), ==, before);
  ptce_blank_pool_feed (pool);
  for (guint i = 0; i < 5000; i++)
    {
      PtceCooperation *cooperation = ptce_blank_pool_take (pool, COOPERATION);
      PtceMembership *membership = ptce_blank_pool_take (pool, MEMBERSHIP);

      if (cooperation == NULL)
        {
          /* the first feed makes 256 of each, no fewer */
          g_assert_null (membership);
          g_assert_cmpuint (i, >=, 256);
          ptce_blank_pool_feed (pool);
          feeds++;
          cooperation = ptce_blank_pool_take (pool, COOPERATION);
          membership = ptce_blank_pool_take (pool, MEMBERSHIP);
        }
      g_assert_true (PTCE_IS_COOPERATION (cooperation));
      g_assert_true (PTCE_IS_MEMBERSHIP (membership));
      g_assert_cmpuint (G_OBJECT (cooperation)->ref_count, ==, 1);
      g_assert_cmpuint (G_OBJECT (membership)->ref_count, ==, 1);
      g_assert_null (ptce_cooperation_get_id (cooperation));
      g_assert_null (ptce_membership_get_actor (membership));
      g_assert_true (g_hash_table_add (seen, cooperation));
      g_assert_true (g_hash_table_add (seen, membership));
      g_ptr_array_add (kept, cooperation);
      g_ptr_array_add (kept, membership);
    }
  g_assert_cmpuint (ptce_blank_pool_count_taken () - before, ==, 10000);
  /* growing batches: 256, 256, 512, 1024, 2048, 4096 make 5000 in six */
  g_assert_cmpuint (feeds, <=, 6);
}

/* One thread takes while another feeds, as the builder's worker and its
 * caller do: every object is handed over once, none is lost. */
typedef struct
{
  PtceBlankPool *pool;
  guint          wanted;
  gint           done;     /* atomic */
  GPtrArray     *taken;    /* the taker's */
  guint          made;     /* by the taker itself, when none was ready */
} Race;

static gpointer
take_all (gpointer data)
{
  Race *race = data;

  while (race->taken->len < race->wanted)
    {
      PtceCooperation *cooperation = ptce_blank_pool_take (race->pool, COOPERATION);

      if (cooperation == NULL)
        {
          /* what the builder does: makes its own */
          cooperation = g_object_new (PTCE_TYPE_COOPERATION, NULL);
          race->made++;
        }
      g_ptr_array_add (race->taken, cooperation);
    }
  g_atomic_int_set (&race->done, TRUE);
  return NULL;
}

static void
test_two_threads (void)
{
  Race race = { forced_pool (), 50000, FALSE, g_ptr_array_new_with_free_func (g_object_unref), 0 };
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  guint64 before = ptce_blank_pool_count_taken ();
  GThread *taker;

  ptce_blank_pool_feed (race.pool);
  taker = g_thread_new ("taker", take_all, &race);
  while (!g_atomic_int_get (&race.done))
    ptce_blank_pool_feed (race.pool);
  g_thread_join (taker);

  g_assert_cmpuint (race.taken->len, ==, race.wanted);
  for (guint i = 0; i < race.taken->len; i++)
    g_assert_true (g_hash_table_add (seen, race.taken->pdata[i]));
  g_assert_cmpuint (ptce_blank_pool_count_taken () - before + race.made, ==, race.wanted);
  g_assert_cmpuint (ptce_blank_pool_count_taken () - before, >, 0);
  /* the rest, made and never taken, dropped (valgrind, ASan) */
  ptce_blank_pool_free (race.pool);
  g_ptr_array_unref (race.taken);
}

/* A blank filled is what the type's _new() makes. */
static void
test_filled_as_new (void)
{
  g_autoptr(PtceBlankPool) pool = forced_pool ();
  g_autoptr(PtceActor) actor = ptce_actor_new ("a1", "Acteur");
  g_autoptr(PtceCooperation) expected = ptce_cooperation_new ("c1", PTCE_COOPERATION_MODE_PARTENARIAT);
  g_autoptr(PtceMembership) member = ptce_membership_new (actor, PTCE_MEMBERSHIP_ROLE_FOUNDING_MEMBER);
  g_autoptr(PtceCooperation) cooperation = NULL;
  g_autoptr(PtceMembership) membership = NULL;

  ptce_blank_pool_feed (pool);
  cooperation = ptce_cooperation_init_blank_private (ptce_blank_pool_take (pool, COOPERATION),
                                                     "c1", PTCE_COOPERATION_MODE_PARTENARIAT);
  membership = ptce_membership_init_blank_private (ptce_blank_pool_take (pool, MEMBERSHIP),
                                                   actor, PTCE_MEMBERSHIP_ROLE_FOUNDING_MEMBER);

  g_assert_cmpstr (ptce_cooperation_get_id (cooperation), ==, ptce_cooperation_get_id (expected));
  g_assert_cmpint (ptce_cooperation_get_mode (cooperation), ==, ptce_cooperation_get_mode (expected));
  g_assert_cmpint (ptce_cooperation_get_object (cooperation), ==,
                   ptce_cooperation_get_object (expected));
  g_assert_true (ptce_membership_get_actor (membership) == actor);
  g_assert_cmpuint (ptce_membership_get_roles (membership), ==, ptce_membership_get_roles (member));
  /* one reference more on the actor for each membership */
  g_assert_cmpuint (G_OBJECT (actor)->ref_count, ==, 3);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Ptce/BlankPool/wanted", test_wanted);
  g_test_add_func ("/Ptce/BlankPool/feed-and-take", test_feed_and_take);
  g_test_add_func ("/Ptce/BlankPool/two-threads", test_two_threads);
  g_test_add_func ("/Ptce/BlankPool/filled-as-new", test_filled_as_new);
  return g_test_run ();
}
