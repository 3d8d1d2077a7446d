/* test-parts.c: the parts of a pole — PtceActor, PtceSite, PtceMembership,
 * PtceTerritory, PtceStrategy, PtceFunding, PtceObservation: construction,
 * every property, notification on real change only, and the derived
 * questions (is_member, is_active_on, is_delimited, is_ess_enterprise…).
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include <math.h>
#include <string.h>
#include <libptce/libptce.h>

#include "model-test-util.h"

/* ---- helpers ---------------------------------------------------------- */

/* Counts notifications of one property, and of all properties, so that a
 * setter that notifies another property too is caught. */
typedef struct {
  const char *name;
  guint       count;   /* notify::name */
  guint       all;     /* notify, any property */
} Notes;

static void
on_notify_one (GObject    *object,
               GParamSpec *pspec,
               Notes      *notes)
{
  g_assert_cmpstr (pspec->name, ==, notes->name);
  notes->count++;
}

static void
on_notify_all (GObject    *object,
               GParamSpec *pspec,
               Notes      *notes)
{
  notes->all++;
}

static void
notes_watch (Notes      *notes,
             gpointer    object,
             const char *name,
             gulong      ids[2])
{
  g_autofree char *signal = g_strconcat ("notify::", name, NULL);

  notes->name = name;
  notes->count = 0;
  notes->all = 0;
  ids[0] = g_signal_connect (object, signal, G_CALLBACK (on_notify_one), notes);
  ids[1] = g_signal_connect (object, "notify", G_CALLBACK (on_notify_all), notes);
}

static void
notes_unwatch (gpointer object,
               gulong   ids[2])
{
  g_clear_signal_handler (&ids[0], object);
  g_clear_signal_handler (&ids[1], object);
}

#define assert_notes(notes, n) G_STMT_START {                              \
  g_assert_cmpuint ((notes)->count, ==, (n));                              \
  g_assert_cmpuint ((notes)->all, ==, (n));                                \
} G_STMT_END

/* Checks the pspec of a read-write property: explicit notify, no nick. */
static void
assert_rw_pspec (gpointer    object,
                 const char *name,
                 GType       value_type)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), name);

  g_assert_nonnull (pspec);
  g_assert_true (g_type_is_a (pspec->value_type, value_type));
  g_assert_true (pspec->flags & G_PARAM_READABLE);
  g_assert_true (pspec->flags & G_PARAM_WRITABLE);
  g_assert_true (pspec->flags & G_PARAM_EXPLICIT_NOTIFY);
  g_assert_false (pspec->flags & G_PARAM_CONSTRUCT_ONLY);
}

static void
assert_construct_only_pspec (GType       type,
                             const char *name,
                             GType       value_type)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), name);

  g_assert_nonnull (pspec);
  g_assert_true (g_type_is_a (pspec->value_type, value_type));
  g_assert_true (pspec->flags & G_PARAM_READABLE);
  g_assert_true (pspec->flags & G_PARAM_CONSTRUCT_ONLY);
}

/* The setters and getters of one property, typed loosely so that one
 * helper checks every class; the casts only drop the instance type. */
typedef const char         *(*StrGet)   (gpointer);
typedef void                (*StrSet)   (gpointer, const char *);
typedef const char * const *(*StrvGet)  (gpointer);
typedef void                (*StrvSet)  (gpointer, const char * const *);
typedef PtceDate           *(*DateGet)  (gpointer);
typedef void                (*DateSet)  (gpointer, PtceDate *);
typedef gboolean            (*BoolGet)  (gpointer);
typedef void                (*BoolSet)  (gpointer, gboolean);
typedef int                 (*IntGet)   (gpointer);
typedef void                (*IntSet)   (gpointer, int);
typedef guint               (*UintGet)  (gpointer);
typedef void                (*UintSet)  (gpointer, guint);
typedef double              (*DoubleGet)(gpointer);
typedef void                (*DoubleSet)(gpointer, double);

static void
check_string (gpointer    object,
              const char *name,
              StrGet      get,
              StrSet      set)
{
  Notes notes;
  gulong ids[2];
  char same[] = "Première valeur";   /* equal content, another pointer */
  g_autofree char *via_property = NULL;

  g_test_message ("string property %s::%s", G_OBJECT_TYPE_NAME (object), name);
  assert_rw_pspec (object, name, G_TYPE_STRING);
  notes_watch (&notes, object, name, ids);

  set (object, "Première valeur");
  assert_notes (&notes, 1);
  g_assert_cmpstr (get (object), ==, "Première valeur");
  set (object, same);
  assert_notes (&notes, 1);

  g_object_get (object, name, &via_property, NULL);
  g_assert_cmpstr (via_property, ==, "Première valeur");

  g_object_set (object, name, "second", NULL);
  assert_notes (&notes, 2);
  g_assert_cmpstr (get (object), ==, "second");
  g_object_set (object, name, "second", NULL);
  assert_notes (&notes, 2);

  set (object, "");
  assert_notes (&notes, 3);
  g_assert_cmpstr (get (object), ==, "");

  set (object, NULL);
  assert_notes (&notes, 4);
  g_assert_null (get (object));
  set (object, NULL);
  g_object_set (object, name, NULL, NULL);
  assert_notes (&notes, 4);

  notes_unwatch (object, ids);
}

static void
check_strv (gpointer    object,
            const char *name,
            StrvGet     get,
            StrvSet     set)
{
  Notes notes;
  gulong ids[2];
  const char *ab[] = { "46102", "46251", NULL };
  g_auto(GStrv) ab_copy = g_strdupv ((char **) ab);
  const char *ba[] = { "46251", "46102", NULL };
  const char *c[] = { "2A004", NULL };
  const char *empty[] = { NULL };
  g_auto(GStrv) via_property = NULL;

  g_test_message ("strv property %s::%s", G_OBJECT_TYPE_NAME (object), name);
  assert_rw_pspec (object, name, G_TYPE_STRV);

  /* Never NULL, not even before anything was set. */
  g_assert_nonnull (get (object));
  g_assert_cmpuint (g_strv_length ((char **) get (object)), ==, 0);
  g_object_get (object, name, &via_property, NULL);
  g_assert_nonnull (via_property);
  g_assert_cmpuint (g_strv_length (via_property), ==, 0);
  g_clear_pointer (&via_property, g_strfreev);

  notes_watch (&notes, object, name, ids);

  set (object, ab);
  assert_notes (&notes, 1);
  g_assert_true (g_strv_equal (get (object), ab));
  /* The object keeps its own copy. */
  g_assert_true (get (object) != ab);
  set (object, (const char * const *) ab_copy);
  assert_notes (&notes, 1);

  /* Order is part of the value. */
  set (object, ba);
  assert_notes (&notes, 2);
  g_assert_true (g_strv_equal (get (object), ba));

  g_object_set (object, name, c, NULL);
  assert_notes (&notes, 3);
  g_object_get (object, name, &via_property, NULL);
  g_assert_true (g_strv_equal ((const char * const *) via_property, c));
  g_object_set (object, name, c, NULL);
  assert_notes (&notes, 3);

  set (object, NULL);
  assert_notes (&notes, 4);
  g_assert_nonnull (get (object));
  g_assert_null (get (object)[0]);
  /* NULL and empty are the same list. */
  set (object, empty);
  g_object_set (object, name, NULL, NULL);
  assert_notes (&notes, 4);

  notes_unwatch (object, ids);
}

static void
check_date (gpointer    object,
            const char *name,
            DateGet     get,
            DateSet     set)
{
  Notes notes;
  gulong ids[2];
  g_autoptr(PtceDate) year = date_new ("2014");
  g_autoptr(PtceDate) year_again = date_new ("2014");
  g_autoptr(PtceDate) january = date_new ("2014-01");
  g_autoptr(PtceDate) day = date_new ("2016-06-30");
  g_autoptr(PtceDate) via_property = NULL;

  g_test_message ("date property %s::%s", G_OBJECT_TYPE_NAME (object), name);
  assert_rw_pspec (object, name, PTCE_TYPE_DATE);
  g_assert_null (get (object));

  notes_watch (&notes, object, name, ids);

  set (object, year);
  assert_notes (&notes, 1);
  g_assert_true (get (object) == year);
  /* An equal date is no change: the first one is kept. */
  set (object, year_again);
  assert_notes (&notes, 1);
  g_assert_true (get (object) == year);

  /* Same first day, but another precision: a change. */
  set (object, january);
  assert_notes (&notes, 2);
  g_assert_true (ptce_date_equal (get (object), january));

  g_object_set (object, name, day, NULL);
  assert_notes (&notes, 3);
  g_object_get (object, name, &via_property, NULL);
  g_assert_nonnull (via_property);
  g_assert_true (ptce_date_equal (via_property, day));
  g_object_set (object, name, day, NULL);
  assert_notes (&notes, 3);

  set (object, NULL);
  assert_notes (&notes, 4);
  g_assert_null (get (object));
  set (object, NULL);
  assert_notes (&notes, 4);

  notes_unwatch (object, ids);
}

static void
check_boolean (gpointer    object,
               const char *name,
               BoolGet     get,
               BoolSet     set)
{
  Notes notes;
  gulong ids[2];
  gboolean via_property = FALSE;

  g_test_message ("boolean property %s::%s", G_OBJECT_TYPE_NAME (object), name);
  assert_rw_pspec (object, name, G_TYPE_BOOLEAN);
  g_assert_false (get (object));

  notes_watch (&notes, object, name, ids);

  set (object, TRUE);
  assert_notes (&notes, 1);
  g_assert_true (get (object));
  /* Any true value is TRUE, and no change. */
  set (object, 2);
  assert_notes (&notes, 1);
  g_assert_cmpint (get (object), ==, TRUE);
  g_object_get (object, name, &via_property, NULL);
  g_assert_true (via_property);

  g_object_set (object, name, FALSE, NULL);
  assert_notes (&notes, 2);
  g_assert_false (get (object));
  set (object, FALSE);
  assert_notes (&notes, 2);

  notes_unwatch (object, ids);
}

/* Enums and flags: @values are two distinct valid values other than the
 * default. */
static void
check_enum (gpointer    object,
            const char *name,
            GType       type,
            IntGet      get,
            IntSet      set,
            int         default_value,
            int         a,
            int         b)
{
  Notes notes;
  gulong ids[2];
  int via_property = -1;

  g_test_message ("enum property %s::%s", G_OBJECT_TYPE_NAME (object), name);
  assert_rw_pspec (object, name, type);
  g_assert_cmpint (get (object), ==, default_value);

  notes_watch (&notes, object, name, ids);

  set (object, a);
  assert_notes (&notes, 1);
  g_assert_cmpint (get (object), ==, a);
  set (object, a);
  assert_notes (&notes, 1);

  g_object_set (object, name, b, NULL);
  assert_notes (&notes, 2);
  g_assert_cmpint (get (object), ==, b);
  g_object_get (object, name, &via_property, NULL);
  g_assert_cmpint (via_property, ==, b);
  g_object_set (object, name, b, NULL);
  assert_notes (&notes, 2);

  set (object, default_value);
  assert_notes (&notes, 3);
  g_assert_cmpint (get (object), ==, default_value);

  notes_unwatch (object, ids);
}

/* ---- PtceSite ---------------------------------------------------------- */

static void
test_site_construct (void)
{
  PtceSite *site = ptce_site_new ("46102");
  PtceSite *bare = g_object_new (PTCE_TYPE_SITE, NULL);

  g_assert_true (PTCE_IS_SITE (site));
  g_assert_cmpstr (ptce_site_get_commune (site), ==, "46102");
  g_assert_null (ptce_site_get_siret (site));
  g_assert_null (ptce_site_get_label (site));
  g_assert_null (ptce_site_get_address (site));
  g_assert_false (ptce_site_get_headquarters (site));
  g_assert_null (ptce_site_get_commune (bare));

  g_assert_finalize_object (site);
  g_assert_finalize_object (bare);
}

static void
test_site_properties (void)
{
  PtceSite *site = ptce_site_new (NULL);

  check_string (site, "commune", (StrGet) ptce_site_get_commune, (StrSet) ptce_site_set_commune);
  check_string (site, "siret", (StrGet) ptce_site_get_siret, (StrSet) ptce_site_set_siret);
  check_string (site, "label", (StrGet) ptce_site_get_label, (StrSet) ptce_site_set_label);
  check_string (site, "address", (StrGet) ptce_site_get_address, (StrSet) ptce_site_set_address);
  check_boolean (site, "headquarters",
                 (BoolGet) ptce_site_get_headquarters, (BoolSet) ptce_site_set_headquarters);

  g_assert_finalize_object (site);
}

/* ---- PtceActor --------------------------------------------------------- */

static void
test_actor_construct (void)
{
  PtceActor *actor = ptce_actor_new ("a1", "Scic Figeacteurs");

  g_assert_true (PTCE_IS_ACTOR (actor));
  g_assert_cmpstr (ptce_actor_get_id (actor), ==, "a1");
  g_assert_cmpstr (ptce_actor_get_name (actor), ==, "Scic Figeacteurs");
  g_assert_cmpint (ptce_actor_get_kind (actor), ==, PTCE_ACTOR_KIND_UNKNOWN);
  g_assert_cmpint (ptce_actor_get_ess_family (actor), ==, PTCE_ESS_FAMILY_UNKNOWN);
  g_assert_cmpint (ptce_actor_get_ess_basis (actor), ==, PTCE_ESS_BASIS_UNKNOWN);
  g_assert_null (ptce_actor_get_siren (actor));
  g_assert_null (ptce_actor_get_esus_start (actor));
  g_assert_null (ptce_actor_get_esus_end (actor));
  g_assert_cmpuint (g_list_model_get_n_items (ptce_actor_get_sites (actor)), ==, 0);
  g_assert_true (g_list_model_get_item_type (ptce_actor_get_sites (actor)) == PTCE_TYPE_SITE);
  g_assert_false (ptce_actor_is_enterprise (actor));
  g_assert_false (ptce_actor_is_ess_enterprise (actor));
  g_assert_false (ptce_actor_is_legal_person (actor));

  assert_construct_only_pspec (PTCE_TYPE_ACTOR, "id", G_TYPE_STRING);

  g_assert_finalize_object (actor);
}

static void
test_actor_properties (void)
{
  PtceActor *actor = ptce_actor_new ("a1", NULL);

  check_string (actor, "name", (StrGet) ptce_actor_get_name, (StrSet) ptce_actor_set_name);
  check_string (actor, "siren", (StrGet) ptce_actor_get_siren, (StrSet) ptce_actor_set_siren);
  check_string (actor, "siret", (StrGet) ptce_actor_get_siret, (StrSet) ptce_actor_set_siret);
  check_string (actor, "rna", (StrGet) ptce_actor_get_rna, (StrSet) ptce_actor_set_rna);
  check_string (actor, "legal-category",
                (StrGet) ptce_actor_get_legal_category, (StrSet) ptce_actor_set_legal_category);
  check_string (actor, "naf", (StrGet) ptce_actor_get_naf, (StrSet) ptce_actor_set_naf);
  check_string (actor, "seat-commune",
                (StrGet) ptce_actor_get_seat_commune, (StrSet) ptce_actor_set_seat_commune);
  check_enum (actor, "kind", PTCE_TYPE_ACTOR_KIND,
              (IntGet) ptce_actor_get_kind, (IntSet) ptce_actor_set_kind,
              PTCE_ACTOR_KIND_UNKNOWN, PTCE_ACTOR_KIND_ENTERPRISE, PTCE_ACTOR_KIND_NATURAL_PERSON);
  check_enum (actor, "ess-family", PTCE_TYPE_ESS_FAMILY,
              (IntGet) ptce_actor_get_ess_family, (IntSet) ptce_actor_set_ess_family,
              PTCE_ESS_FAMILY_UNKNOWN, PTCE_ESS_FAMILY_COOPERATIVE, PTCE_ESS_FAMILY_NONE);
  check_enum (actor, "ess-basis", PTCE_TYPE_ESS_BASIS,
              (IntGet) ptce_actor_get_ess_basis, (IntSet) ptce_actor_set_ess_basis,
              PTCE_ESS_BASIS_UNKNOWN, PTCE_ESS_BASIS_BY_STATUS, PTCE_ESS_BASIS_DECLARED_ONLY);
  check_date (actor, "esus-start",
              (DateGet) ptce_actor_get_esus_start, (DateSet) ptce_actor_set_esus_start);
  check_date (actor, "esus-end",
              (DateGet) ptce_actor_get_esus_end, (DateSet) ptce_actor_set_esus_end);

  /* The id is construct-only and reads back as given. */
  g_assert_cmpstr (ptce_actor_get_id (actor), ==, "a1");

  g_assert_finalize_object (actor);
}

static const struct {
  PtceActorKind kind;
  PtceEssBasis  basis;
  gboolean      enterprise;
  gboolean      ess_enterprise;
} ess_cases[] = {
  { PTCE_ACTOR_KIND_ENTERPRISE, PTCE_ESS_BASIS_BY_STATUS, TRUE, TRUE },
  { PTCE_ACTOR_KIND_ENTERPRISE, PTCE_ESS_BASIS_QUALIFIED_COMMERCIAL_COMPANY, TRUE, TRUE },
  /* Said to be ESS without evidence: not counted. */
  { PTCE_ACTOR_KIND_ENTERPRISE, PTCE_ESS_BASIS_DECLARED_ONLY, TRUE, FALSE },
  { PTCE_ACTOR_KIND_ENTERPRISE, PTCE_ESS_BASIS_NOT_ESS, TRUE, FALSE },
  { PTCE_ACTOR_KIND_ENTERPRISE, PTCE_ESS_BASIS_UNKNOWN, TRUE, FALSE },
  { PTCE_ACTOR_KIND_ENTERPRISE_GROUPING, PTCE_ESS_BASIS_BY_STATUS, TRUE, TRUE },
  { PTCE_ACTOR_KIND_ENTERPRISE_GROUPING, PTCE_ESS_BASIS_NOT_ESS, TRUE, FALSE },
  /* ESS status on something that is not an enterprise does not make one. */
  { PTCE_ACTOR_KIND_LOCAL_AUTHORITY, PTCE_ESS_BASIS_BY_STATUS, FALSE, FALSE },
  { PTCE_ACTOR_KIND_TRAINING_BODY, PTCE_ESS_BASIS_BY_STATUS, FALSE, FALSE },
  { PTCE_ACTOR_KIND_NATURAL_PERSON, PTCE_ESS_BASIS_BY_STATUS, FALSE, FALSE },
  { PTCE_ACTOR_KIND_UNKNOWN, PTCE_ESS_BASIS_BY_STATUS, FALSE, FALSE },
};

static void
test_actor_ess_enterprise (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (ess_cases); i++)
    {
      PtceActor *actor = ptce_actor_new ("a", NULL);

      g_test_message ("ess case %" G_GSIZE_FORMAT, i);
      ptce_actor_set_kind (actor, ess_cases[i].kind);
      ptce_actor_set_ess_basis (actor, ess_cases[i].basis);
      /* The family does not decide: the basis does. */
      ptce_actor_set_ess_family (actor, PTCE_ESS_FAMILY_COOPERATIVE);
      g_assert_cmpint (ptce_actor_is_enterprise (actor), ==, ess_cases[i].enterprise);
      g_assert_cmpint (ptce_actor_is_ess_enterprise (actor), ==, ess_cases[i].ess_enterprise);
      g_assert_finalize_object (actor);
    }
}

static const struct {
  PtceActorKind kind;
  gboolean      legal_person;
} legal_person_cases[] = {
  { PTCE_ACTOR_KIND_UNKNOWN, FALSE },
  { PTCE_ACTOR_KIND_ENTERPRISE, TRUE },
  { PTCE_ACTOR_KIND_ENTERPRISE_GROUPING, TRUE },
  { PTCE_ACTOR_KIND_LOCAL_AUTHORITY, TRUE },
  { PTCE_ACTOR_KIND_LOCAL_AUTHORITY_GROUPING, TRUE },
  { PTCE_ACTOR_KIND_RESEARCH_CENTRE, TRUE },
  { PTCE_ACTOR_KIND_HIGHER_EDUCATION, TRUE },
  { PTCE_ACTOR_KIND_TRAINING_BODY, TRUE },
  { PTCE_ACTOR_KIND_OTHER_LEGAL_PERSON, TRUE },
  { PTCE_ACTOR_KIND_NATURAL_PERSON, FALSE },
};

static void
test_actor_legal_person (void)
{
  g_autoptr(GEnumClass) kinds = g_type_class_ref (PTCE_TYPE_ACTOR_KIND);

  /* Every kind is in the table: a new kind must be decided here. */
  g_assert_cmpuint (kinds->n_values, ==, G_N_ELEMENTS (legal_person_cases));

  for (gsize i = 0; i < G_N_ELEMENTS (legal_person_cases); i++)
    {
      PtceActor *actor = ptce_actor_new ("a", NULL);

      g_test_message ("kind %d", legal_person_cases[i].kind);
      ptce_actor_set_kind (actor, legal_person_cases[i].kind);
      g_assert_cmpint (ptce_actor_is_legal_person (actor), ==, legal_person_cases[i].legal_person);
      g_assert_finalize_object (actor);
    }
}

static const struct {
  const char *start;
  const char *end;
  const char *when;
  gboolean    esus;
} esus_cases[] = {
  { NULL,         NULL,         "2020-01-01", FALSE },   /* never approved */
  { NULL,         "2023-02-28", "2020-01-01", FALSE },   /* an end alone proves nothing */
  { "2018-03-01", "2023-02-28", "2018-03-01", TRUE },
  { "2018-03-01", "2023-02-28", "2018-02-28", FALSE },
  { "2018-03-01", "2023-02-28", "2023-02-28", TRUE },
  { "2018-03-01", "2023-02-28", "2023-03-01", FALSE },
  { "2018-03-01", NULL,         "2030-01-01", TRUE },
  { "2018",       NULL,         "2018-01-01", TRUE },
  { "2018",       "2022",       "2022-12-31", TRUE },
  { "2018",       "2022",       "2023",       FALSE },
};

static void
test_actor_esus_on (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (esus_cases); i++)
    {
      PtceActor *actor = ptce_actor_new ("a", NULL);
      g_autoptr(PtceDate) start = esus_cases[i].start ? date_new (esus_cases[i].start) : NULL;
      g_autoptr(PtceDate) end = esus_cases[i].end ? date_new (esus_cases[i].end) : NULL;
      g_autoptr(PtceDate) when = date_new (esus_cases[i].when);

      g_test_message ("ESUS [%s, %s] on %s", esus_cases[i].start, esus_cases[i].end, esus_cases[i].when);
      ptce_actor_set_esus_start (actor, start);
      ptce_actor_set_esus_end (actor, end);
      g_assert_cmpint (ptce_actor_is_esus_on (actor, when), ==, esus_cases[i].esus);
      g_assert_finalize_object (actor);
    }
}

static void
count_items_changed (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     guint      *calls)
{
  (*calls)++;
}

static void
test_actor_sites (void)
{
  PtceActor *actor = ptce_actor_new ("a1", NULL);
  PtceSite *seat = ptce_site_new ("46102");
  PtceSite *other = ptce_site_new ("46251");
  PtceSite *stranger = ptce_site_new ("75056");
  PtceActor *siteless = ptce_actor_new ("a2", NULL);
  GListModel *sites;
  guint calls = 0;
  g_autoptr(PtceSite) first = NULL;
  g_autoptr(GListModel) via_property = NULL;

  /* no list yet: nothing to remove, and none made for it */
  g_assert_false (ptce_actor_remove_site (siteless, stranger));
  g_assert_cmpuint (g_list_model_get_n_items (ptce_actor_get_sites (siteless)), ==, 0);
  g_assert_finalize_object (siteless);

  sites = ptce_actor_get_sites (actor);

  g_signal_connect (sites, "items-changed", G_CALLBACK (count_items_changed), &calls);

  ptce_actor_add_site (actor, seat);
  ptce_actor_add_site (actor, other);
  g_assert_cmpuint (calls, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (sites), ==, 2);
  first = g_list_model_get_item (sites, 0);
  g_assert_true (first == seat);

  g_object_get (actor, "sites", &via_property, NULL);
  g_assert_true (via_property == sites);

  g_assert_false (ptce_actor_remove_site (actor, stranger));
  g_assert_cmpuint (calls, ==, 2);
  g_assert_true (ptce_actor_remove_site (actor, seat));
  g_assert_cmpuint (calls, ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (sites), ==, 1);

  g_clear_object (&first);
  g_clear_object (&via_property);
  g_assert_finalize_object (seat);
  g_assert_finalize_object (stranger);
  g_assert_finalize_object (actor);
  /* The actor held the last reference to the remaining site. */
  g_assert_finalize_object (other);
}

/* ---- PtceTerritory ----------------------------------------------------- */

static void
test_territory_construct (void)
{
  PtceTerritory *territory = ptce_territory_new ("Pays de Figeac");
  PtceTerritory *bare = g_object_new (PTCE_TYPE_TERRITORY, NULL);

  g_assert_true (PTCE_IS_TERRITORY (territory));
  g_assert_cmpstr (ptce_territory_get_name (territory), ==, "Pays de Figeac");
  g_assert_null (ptce_territory_get_vintage (territory));
  g_assert_cmpint (ptce_territory_get_scale (territory), ==, PTCE_TERRITORY_SCALE_UNKNOWN);
  g_assert_nonnull (ptce_territory_get_communes (territory));
  g_assert_null (ptce_territory_get_communes (territory)[0]);
  g_assert_nonnull (ptce_territory_get_epcis (territory));
  g_assert_null (ptce_territory_get_epcis (territory)[0]);
  g_assert_nonnull (ptce_territory_get_departements (territory));
  g_assert_null (ptce_territory_get_departements (territory)[0]);
  g_assert_nonnull (ptce_territory_get_regions (territory));
  g_assert_null (ptce_territory_get_regions (territory)[0]);
  g_assert_false (ptce_territory_is_delimited (territory));

  g_assert_null (ptce_territory_get_name (bare));
  g_assert_nonnull (ptce_territory_get_communes (bare));

  g_assert_finalize_object (territory);
  g_assert_finalize_object (bare);
}

static void
test_territory_properties (void)
{
  PtceTerritory *territory = ptce_territory_new (NULL);

  check_string (territory, "name",
                (StrGet) ptce_territory_get_name, (StrSet) ptce_territory_set_name);
  check_string (territory, "vintage",
                (StrGet) ptce_territory_get_vintage, (StrSet) ptce_territory_set_vintage);
  check_enum (territory, "scale", PTCE_TYPE_TERRITORY_SCALE,
              (IntGet) ptce_territory_get_scale, (IntSet) ptce_territory_set_scale,
              PTCE_TERRITORY_SCALE_UNKNOWN, PTCE_TERRITORY_SCALE_PAYS,
              PTCE_TERRITORY_SCALE_INTERREGIONAL);
  check_strv (territory, "communes",
              (StrvGet) ptce_territory_get_communes, (StrvSet) ptce_territory_set_communes);
  check_strv (territory, "epcis",
              (StrvGet) ptce_territory_get_epcis, (StrvSet) ptce_territory_set_epcis);
  check_strv (territory, "departements",
              (StrvGet) ptce_territory_get_departements, (StrvSet) ptce_territory_set_departements);
  check_strv (territory, "regions",
              (StrvGet) ptce_territory_get_regions, (StrvSet) ptce_territory_set_regions);

  g_assert_finalize_object (territory);
}

static void
test_territory_add (void)
{
  PtceTerritory *territory = ptce_territory_new ("Figeac");
  const char *communes[] = { "46102", "46251", NULL };
  const char *epcis[] = { "200067361", NULL };
  Notes notes;
  gulong ids[2];

  notes_watch (&notes, territory, "communes", ids);
  ptce_territory_add_commune (territory, "46102");
  assert_notes (&notes, 1);
  /* A code listed already is not added twice, and nothing is notified. */
  ptce_territory_add_commune (territory, "46102");
  assert_notes (&notes, 1);
  ptce_territory_add_commune (territory, "46251");
  assert_notes (&notes, 2);
  g_assert_true (g_strv_equal (ptce_territory_get_communes (territory), communes));
  notes_unwatch (territory, ids);

  notes_watch (&notes, territory, "epcis", ids);
  ptce_territory_add_epci (territory, "200067361");
  ptce_territory_add_epci (territory, "200067361");
  assert_notes (&notes, 1);
  g_assert_true (g_strv_equal (ptce_territory_get_epcis (territory), epcis));
  notes_unwatch (territory, ids);

  /* Adding to a list that was set keeps the set codes first. */
  {
    const char *set[] = { "46001", NULL };
    const char *expected[] = { "46001", "46102", NULL };

    ptce_territory_set_communes (territory, set);
    ptce_territory_add_commune (territory, "46102");
    ptce_territory_add_commune (territory, "46001");
    g_assert_true (g_strv_equal (ptce_territory_get_communes (territory), expected));
  }

  g_assert_finalize_object (territory);
}

static void
test_territory_delimited (void)
{
  PtceTerritory *territory = ptce_territory_new ("Lot");
  const char *departements[] = { "46", NULL };
  const char *regions[] = { "76", NULL };
  const char *communes[] = { "46102", NULL };
  const char *epcis[] = { "200067361", NULL };

  /* A name, a scale, a département and a région do not delimit. */
  ptce_territory_set_scale (territory, PTCE_TERRITORY_SCALE_DEPARTEMENT);
  ptce_territory_set_vintage (territory, "2024");
  ptce_territory_set_departements (territory, departements);
  ptce_territory_set_regions (territory, regions);
  g_assert_false (ptce_territory_is_delimited (territory));

  /* A commune does… */
  ptce_territory_set_communes (territory, communes);
  g_assert_true (ptce_territory_is_delimited (territory));
  ptce_territory_set_communes (territory, NULL);
  g_assert_false (ptce_territory_is_delimited (territory));

  /* …and so does an EPCI alone. */
  ptce_territory_set_epcis (territory, epcis);
  g_assert_true (ptce_territory_is_delimited (territory));
  ptce_territory_set_epcis (territory, NULL);
  g_assert_false (ptce_territory_is_delimited (territory));

  ptce_territory_add_epci (territory, "200067361");
  g_assert_true (ptce_territory_is_delimited (territory));

  g_assert_finalize_object (territory);
}

/* ---- PtceStrategy ------------------------------------------------------ */

static void
test_strategy_construct (void)
{
  PtceStrategy *strategy = ptce_strategy_new ("Mutualiser l'emploi sur le bassin");

  g_assert_true (PTCE_IS_STRATEGY (strategy));
  g_assert_cmpstr (ptce_strategy_get_statement (strategy), ==, "Mutualiser l'emploi sur le bassin");
  g_assert_null (ptce_strategy_get_adopted (strategy));
  g_assert_nonnull (ptce_strategy_get_objectives (strategy));
  g_assert_null (ptce_strategy_get_objectives (strategy)[0]);
  g_assert_false (ptce_strategy_get_sustainable_local_development (strategy));

  g_assert_finalize_object (strategy);
}

static void
test_strategy_properties (void)
{
  PtceStrategy *strategy = ptce_strategy_new (NULL);

  check_string (strategy, "statement",
                (StrGet) ptce_strategy_get_statement, (StrSet) ptce_strategy_set_statement);
  check_date (strategy, "adopted",
              (DateGet) ptce_strategy_get_adopted, (DateSet) ptce_strategy_set_adopted);
  check_strv (strategy, "objectives",
              (StrvGet) ptce_strategy_get_objectives, (StrvSet) ptce_strategy_set_objectives);
  check_boolean (strategy, "sustainable-local-development",
                 (BoolGet) ptce_strategy_get_sustainable_local_development,
                 (BoolSet) ptce_strategy_set_sustainable_local_development);

  g_assert_finalize_object (strategy);
}

/* ---- PtceFunding ------------------------------------------------------- */

static void
test_funding_construct (void)
{
  PtceFunding *funding = ptce_funding_new ("AAP-2015", PTCE_CALL_KIND_STATE_AAP);
  PtceFunding *bare = g_object_new (PTCE_TYPE_FUNDING, NULL);
  g_autoptr(GTypeClass) klass = g_type_class_ref (PTCE_TYPE_FUNDING);
  GParamSpec *amount = g_object_class_find_property (G_OBJECT_CLASS (klass), "amount");

  g_assert_true (PTCE_IS_FUNDING (funding));
  g_assert_cmpstr (ptce_funding_get_call (funding), ==, "AAP-2015");
  g_assert_cmpint (ptce_funding_get_call_kind (funding), ==, PTCE_CALL_KIND_STATE_AAP);
  g_assert_null (ptce_funding_get_funder (funding));
  g_assert_null (ptce_funding_get_date (funding));
  /* The amount is unknown until said: -1, not 0. */
  g_assert_cmpfloat (ptce_funding_get_amount (funding), ==, -1.0);
  g_assert_cmpuint (ptce_funding_get_duration_months (funding), ==, 0);

  g_assert_cmpfloat (ptce_funding_get_amount (bare), ==, -1.0);
  g_assert_cmpint (ptce_funding_get_call_kind (bare), ==, PTCE_CALL_KIND_OTHER);
  g_assert_cmpfloat (g_value_get_double (g_param_spec_get_default_value (amount)), ==, -1.0);

  g_assert_finalize_object (funding);
  g_assert_finalize_object (bare);
}

static void
test_funding_properties (void)
{
  PtceFunding *funding = ptce_funding_new (NULL, PTCE_CALL_KIND_OTHER);
  Notes notes;
  gulong ids[2];
  double via_double = 0;
  guint via_uint = 0;

  check_string (funding, "call", (StrGet) ptce_funding_get_call, (StrSet) ptce_funding_set_call);
  check_string (funding, "funder", (StrGet) ptce_funding_get_funder, (StrSet) ptce_funding_set_funder);
  check_enum (funding, "call-kind", PTCE_TYPE_CALL_KIND,
              (IntGet) ptce_funding_get_call_kind, (IntSet) ptce_funding_set_call_kind,
              PTCE_CALL_KIND_OTHER, PTCE_CALL_KIND_STATE_AMI_PHASE2, PTCE_CALL_KIND_REGIONAL);
  check_date (funding, "date", (DateGet) ptce_funding_get_date, (DateSet) ptce_funding_set_date);

  /* amount */
  assert_rw_pspec (funding, "amount", G_TYPE_DOUBLE);
  notes_watch (&notes, funding, "amount", ids);
  ptce_funding_set_amount (funding, 100000.0);
  assert_notes (&notes, 1);
  g_assert_cmpfloat (ptce_funding_get_amount (funding), ==, 100000.0);
  ptce_funding_set_amount (funding, 100000.0);
  assert_notes (&notes, 1);
  /* 0 is a real amount (support in kind), distinct from unknown. */
  g_object_set (funding, "amount", 0.0, NULL);
  assert_notes (&notes, 2);
  g_object_get (funding, "amount", &via_double, NULL);
  g_assert_cmpfloat (via_double, ==, 0.0);
  ptce_funding_set_amount (funding, -1.0);
  assert_notes (&notes, 3);
  g_assert_cmpfloat (ptce_funding_get_amount (funding), ==, -1.0);
  ptce_funding_set_amount (funding, -1.0);
  assert_notes (&notes, 3);
  notes_unwatch (funding, ids);

  /* duration-months */
  assert_rw_pspec (funding, "duration-months", G_TYPE_UINT);
  notes_watch (&notes, funding, "duration-months", ids);
  ptce_funding_set_duration_months (funding, 36);
  assert_notes (&notes, 1);
  ptce_funding_set_duration_months (funding, 36);
  assert_notes (&notes, 1);
  g_object_set (funding, "duration-months", 24u, NULL);
  assert_notes (&notes, 2);
  g_object_get (funding, "duration-months", &via_uint, NULL);
  g_assert_cmpuint (via_uint, ==, 24);
  g_assert_cmpuint (ptce_funding_get_duration_months (funding), ==, 24);
  ptce_funding_set_duration_months (funding, 0);
  assert_notes (&notes, 3);
  notes_unwatch (funding, ids);

  g_assert_finalize_object (funding);
}

static void
test_funding_bad_amount (void)
{
  const double bad[] = { -2.0, -0.5, NAN, INFINITY };

  for (gsize i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *path = g_strdup_printf ("/Ptce/Funding/bad-amount/subprocess/%" G_GSIZE_FORMAT, i);

      g_test_trap_subprocess (path, 0, G_TEST_SUBPROCESS_DEFAULT);
      g_test_trap_assert_failed ();
      g_test_trap_assert_stderr ("*CRITICAL*ptce_funding_set_amount*");
    }
}

static void
funding_bad_amount_subprocess (gconstpointer data)
{
  const double bad[] = { -2.0, -0.5, NAN, INFINITY };
  PtceFunding *funding = ptce_funding_new ("AAP-2013", PTCE_CALL_KIND_STATE_AAP);

  ptce_funding_set_amount (funding, bad[GPOINTER_TO_UINT (data)]);
  g_object_unref (funding);
}

/* ---- PtceObservation --------------------------------------------------- */

static void
test_observation_construct (void)
{
  PtceObservation *observation = ptce_observation_new ("pole-ecossolies", "members", 140);
  g_autofree char *subject = NULL;
  g_autofree char *indicator = NULL;

  g_assert_true (PTCE_IS_OBSERVATION (observation));
  g_assert_cmpstr (ptce_observation_get_subject (observation), ==, "pole-ecossolies");
  g_assert_cmpstr (ptce_observation_get_indicator (observation), ==, "members");
  g_assert_cmpfloat (ptce_observation_get_value (observation), ==, 140.0);
  g_assert_null (ptce_observation_get_unit (observation));
  g_assert_null (ptce_observation_get_start (observation));
  g_assert_null (ptce_observation_get_end (observation));
  g_assert_null (ptce_observation_get_source (observation));
  g_assert_null (ptce_observation_get_method (observation));

  g_object_get (observation, "subject", &subject, "indicator", &indicator, NULL);
  g_assert_cmpstr (subject, ==, "pole-ecossolies");
  g_assert_cmpstr (indicator, ==, "members");

  assert_construct_only_pspec (PTCE_TYPE_OBSERVATION, "subject", G_TYPE_STRING);
  assert_construct_only_pspec (PTCE_TYPE_OBSERVATION, "indicator", G_TYPE_STRING);

  g_assert_finalize_object (observation);
}

static void
test_observation_properties (void)
{
  PtceObservation *observation = ptce_observation_new ("a1", "turnover", 0);
  Notes notes;
  gulong ids[2];
  double via_double = 0;

  check_string (observation, "unit",
                (StrGet) ptce_observation_get_unit, (StrSet) ptce_observation_set_unit);
  check_string (observation, "source",
                (StrGet) ptce_observation_get_source, (StrSet) ptce_observation_set_source);
  check_string (observation, "method",
                (StrGet) ptce_observation_get_method, (StrSet) ptce_observation_set_method);
  check_date (observation, "start",
              (DateGet) ptce_observation_get_start, (DateSet) ptce_observation_set_start);
  check_date (observation, "end",
              (DateGet) ptce_observation_get_end, (DateSet) ptce_observation_set_end);

  assert_rw_pspec (observation, "value", G_TYPE_DOUBLE);
  notes_watch (&notes, observation, "value", ids);
  ptce_observation_set_value (observation, 1.25e6);
  assert_notes (&notes, 1);
  ptce_observation_set_value (observation, 1.25e6);
  assert_notes (&notes, 1);
  g_object_set (observation, "value", -3.5, NULL);   /* a loss is a figure too */
  assert_notes (&notes, 2);
  g_object_get (observation, "value", &via_double, NULL);
  g_assert_cmpfloat (via_double, ==, -3.5);
  g_assert_cmpfloat (ptce_observation_get_value (observation), ==, -3.5);
  notes_unwatch (observation, ids);

  /* Construct-only properties did not change along the way. */
  g_assert_cmpstr (ptce_observation_get_subject (observation), ==, "a1");
  g_assert_cmpstr (ptce_observation_get_indicator (observation), ==, "turnover");

  g_assert_finalize_object (observation);
}

/* A value that is not finite is kept by the observation, without a
 * warning (a binding can pass one), and refused by the dataset. */
static void
test_observation_nan (void)
{
  const double bad[] = { NAN, INFINITY, -INFINITY };

  for (gsize i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(PtceDataset) dataset = ptce_dataset_new ();
      g_autoptr(PtceActor) actor = ptce_actor_new ("a1", "Scic Figeacteurs");
      g_autoptr(PtceObservation) made = ptce_observation_new ("a1", "jobs", bad[i]);
      g_autoptr(PtceObservation) set = ptce_observation_new ("a1", "jobs", 12);
      g_autoptr(GError) error = NULL;

      g_assert_true (ptce_dataset_add_actor (dataset, actor, NULL));
      g_assert_nonnull (made);
      g_assert_false (isfinite (ptce_observation_get_value (made)));
      g_assert_false (ptce_dataset_add_observation (dataset, made, &error));
      g_assert_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_FORMAT);
      g_assert_nonnull (strstr (error->message, "finite"));
      g_clear_error (&error);

      g_assert_true (ptce_dataset_add_observation (dataset, set, NULL));
      ptce_observation_set_value (set, bad[i]);
      g_assert_false (ptce_dataset_validate (dataset, &error));
      g_assert_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_FORMAT);
    }
}

/* Made by properties without its subject (as a binding may): no warning;
 * the dataset refuses it. */
static void
test_observation_needs_subject (void)
{
  g_autoptr(PtceDataset) dataset = ptce_dataset_new ();
  g_autoptr(GObject) observation = g_object_new (PTCE_TYPE_OBSERVATION, "indicator", "jobs", NULL);
  g_autoptr(GObject) no_indicator = g_object_new (PTCE_TYPE_OBSERVATION, "subject", "a1", NULL);
  g_autoptr(PtceActor) actor = ptce_actor_new ("a1", "Scic Figeacteurs");
  g_autoptr(GError) error = NULL;

  g_assert_null (ptce_observation_get_subject (PTCE_OBSERVATION (observation)));
  g_assert_false (ptce_dataset_add_observation (dataset, PTCE_OBSERVATION (observation), &error));
  g_assert_error (error, PTCE_ERROR, PTCE_ERROR_DANGLING_REFERENCE);
  g_clear_error (&error);

  g_assert_true (ptce_dataset_add_actor (dataset, actor, NULL));
  g_assert_false (ptce_dataset_add_observation (dataset, PTCE_OBSERVATION (no_indicator), &error));
  g_assert_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_FORMAT);
  g_assert_cmpuint (g_list_model_get_n_items (ptce_dataset_get_observations (dataset)), ==, 0);
}

/* ---- PtceMembership ---------------------------------------------------- */

static void
test_membership_construct (void)
{
  PtceActor *actor = ptce_actor_new ("a1", "Scic Figeacteurs");
  PtceMembership *membership = ptce_membership_new (actor, PTCE_MEMBERSHIP_ROLE_FOUNDING_MEMBER);
  g_autoptr(PtceActor) via_property = NULL;

  g_assert_true (PTCE_IS_MEMBERSHIP (membership));
  g_assert_true (ptce_membership_get_actor (membership) == actor);
  g_assert_cmpint (ptce_membership_get_roles (membership), ==, PTCE_MEMBERSHIP_ROLE_FOUNDING_MEMBER);
  g_assert_null (ptce_membership_get_start (membership));
  g_assert_null (ptce_membership_get_end (membership));

  g_object_get (membership, "actor", &via_property, NULL);
  g_assert_true (via_property == actor);
  g_clear_object (&via_property);

  assert_construct_only_pspec (PTCE_TYPE_MEMBERSHIP, "actor", PTCE_TYPE_ACTOR);

  /* The membership holds its actor: dropping ours leaves it alive. */
  g_object_add_weak_pointer (G_OBJECT (actor), (gpointer *) &actor);
  g_object_unref (actor);
  g_assert_nonnull (actor);
  g_assert_cmpstr (ptce_actor_get_id (ptce_membership_get_actor (membership)), ==, "a1");
  g_assert_finalize_object (membership);
  g_assert_null (actor);
}

static void
test_membership_properties (void)
{
  PtceActor *actor = ptce_actor_new ("a1", NULL);
  PtceMembership *membership = ptce_membership_new (actor, PTCE_MEMBERSHIP_ROLE_NONE);

  check_enum (membership, "roles", PTCE_TYPE_MEMBERSHIP_ROLE,
              (IntGet) ptce_membership_get_roles, (IntSet) ptce_membership_set_roles,
              PTCE_MEMBERSHIP_ROLE_NONE,
              PTCE_MEMBERSHIP_ROLE_MEMBER | PTCE_MEMBERSHIP_ROLE_FUNDER,
              PTCE_MEMBERSHIP_ROLE_PARTNER);
  check_date (membership, "start",
              (DateGet) ptce_membership_get_start, (DateSet) ptce_membership_set_start);
  check_date (membership, "end",
              (DateGet) ptce_membership_get_end, (DateSet) ptce_membership_set_end);

  g_assert_finalize_object (membership);
  g_assert_finalize_object (actor);
}

static const struct {
  PtceMembershipRole roles;
  gboolean           member;
} member_cases[] = {
  /* « s'associent »: these roles join the pole… */
  { PTCE_MEMBERSHIP_ROLE_FOUNDING_MEMBER, TRUE },
  { PTCE_MEMBERSHIP_ROLE_MEMBER, TRUE },
  { PTCE_MEMBERSHIP_ROLE_ANIMATOR, TRUE },
  /* …« en lien avec »: these alone are links. */
  { PTCE_MEMBERSHIP_ROLE_NONE, FALSE },
  { PTCE_MEMBERSHIP_ROLE_TENANT, FALSE },
  { PTCE_MEMBERSHIP_ROLE_PARTNER, FALSE },
  { PTCE_MEMBERSHIP_ROLE_FUNDER, FALSE },
  { PTCE_MEMBERSHIP_ROLE_RESEARCH_PARTNER, FALSE },
  { PTCE_MEMBERSHIP_ROLE_OBSERVER, FALSE },
  /* Combinations. */
  { PTCE_MEMBERSHIP_ROLE_PARTNER | PTCE_MEMBERSHIP_ROLE_FUNDER |
    PTCE_MEMBERSHIP_ROLE_RESEARCH_PARTNER | PTCE_MEMBERSHIP_ROLE_OBSERVER |
    PTCE_MEMBERSHIP_ROLE_TENANT, FALSE },
  { PTCE_MEMBERSHIP_ROLE_MEMBER | PTCE_MEMBERSHIP_ROLE_TENANT, TRUE },
  { PTCE_MEMBERSHIP_ROLE_FUNDER | PTCE_MEMBERSHIP_ROLE_FOUNDING_MEMBER, TRUE },
  { PTCE_MEMBERSHIP_ROLE_ANIMATOR | PTCE_MEMBERSHIP_ROLE_PARTNER, TRUE },
};

static void
test_membership_is_member (void)
{
  g_autoptr(GFlagsClass) roles = g_type_class_ref (PTCE_TYPE_MEMBERSHIP_ROLE);
  PtceActor *actor = ptce_actor_new ("a1", NULL);
  guint single_roles = 0;

  for (gsize i = 0; i < G_N_ELEMENTS (member_cases); i++)
    {
      PtceMembership *membership = ptce_membership_new (actor, member_cases[i].roles);

      g_test_message ("roles 0x%x", member_cases[i].roles);
      g_assert_cmpint (ptce_membership_is_member (membership), ==, member_cases[i].member);
      if (member_cases[i].roles == 0 || (member_cases[i].roles & (member_cases[i].roles - 1)) == 0)
        single_roles++;
      g_assert_finalize_object (membership);
    }

  /* Every role (and none) is decided on its own in the table. */
  g_assert_cmpuint (roles->n_values, ==, single_roles);

  g_assert_finalize_object (actor);
}

static void
test_membership_has_role (void)
{
  PtceActor *actor = ptce_actor_new ("a1", NULL);
  PtceMembership *membership =
    ptce_membership_new (actor, PTCE_MEMBERSHIP_ROLE_MEMBER | PTCE_MEMBERSHIP_ROLE_FUNDER);

  g_assert_true (ptce_membership_has_role (membership, PTCE_MEMBERSHIP_ROLE_MEMBER));
  g_assert_true (ptce_membership_has_role (membership, PTCE_MEMBERSHIP_ROLE_FUNDER));
  g_assert_true (ptce_membership_has_role (membership,
                                           PTCE_MEMBERSHIP_ROLE_MEMBER | PTCE_MEMBERSHIP_ROLE_FUNDER));
  g_assert_false (ptce_membership_has_role (membership, PTCE_MEMBERSHIP_ROLE_ANIMATOR));
  /* All of the roles asked, not any. */
  g_assert_false (ptce_membership_has_role (membership,
                                            PTCE_MEMBERSHIP_ROLE_MEMBER | PTCE_MEMBERSHIP_ROLE_ANIMATOR));
  g_assert_false (ptce_membership_has_role (membership, PTCE_MEMBERSHIP_ROLE_NONE));

  ptce_membership_set_roles (membership, PTCE_MEMBERSHIP_ROLE_NONE);
  g_assert_true (ptce_membership_has_role (membership, PTCE_MEMBERSHIP_ROLE_NONE));
  g_assert_false (ptce_membership_has_role (membership, PTCE_MEMBERSHIP_ROLE_MEMBER));
  g_assert_false (ptce_membership_is_member (membership));

  g_assert_finalize_object (membership);
  g_assert_finalize_object (actor);
}

static const struct {
  const char *start;
  const char *end;
  const char *when;
  gboolean    active;
} active_cases[] = {
  { NULL,         NULL,         "2014-01-01", TRUE },   /* dates unknown: listed, so active */
  { "2014",       NULL,         "2014-01-01", TRUE },
  { "2014",       NULL,         "2013-12-31", FALSE },
  { "2014-06-15", NULL,         "2014-06-14", FALSE },
  { "2014-06-15", NULL,         "2014-06-15", TRUE },
  { NULL,         "2016",       "2016-12-31", TRUE },
  { NULL,         "2016",       "2017-01-01", FALSE },
  { "2014",       "2016",       "2015",       TRUE },
  { "2014",       "2016-06",    "2016-06-30", TRUE },
  { "2014",       "2016-06",    "2016-07",    FALSE },
  { "2014-03",    "2014-03",    "2014",       FALSE },  /* "2014" asks about 1 January */
};

static void
test_membership_is_active_on (void)
{
  PtceActor *actor = ptce_actor_new ("a1", NULL);

  for (gsize i = 0; i < G_N_ELEMENTS (active_cases); i++)
    {
      PtceMembership *membership = ptce_membership_new (actor, PTCE_MEMBERSHIP_ROLE_PARTNER);
      g_autoptr(PtceDate) start = active_cases[i].start ? date_new (active_cases[i].start) : NULL;
      g_autoptr(PtceDate) end = active_cases[i].end ? date_new (active_cases[i].end) : NULL;
      g_autoptr(PtceDate) when = date_new (active_cases[i].when);

      g_test_message ("[%s, %s] on %s", active_cases[i].start, active_cases[i].end, active_cases[i].when);
      ptce_membership_set_start (membership, start);
      ptce_membership_set_end (membership, end);
      g_assert_cmpint (ptce_membership_is_active_on (membership, when), ==, active_cases[i].active);
      /* Activity is about the period only: a partner link is active, but
       * never a member. */
      g_assert_false (ptce_membership_is_member (membership));
      g_assert_finalize_object (membership);
    }

  g_assert_finalize_object (actor);
}

/* Made without its actor (as a binding may): no warning; the pole takes
 * it, the dataset refuses the pole. */
static void
test_membership_needs_actor (void)
{
  g_autoptr(PtceDataset) dataset = ptce_dataset_new ();
  g_autoptr(PtcePole) pole = ptce_pole_new ("p1", "Pôle");
  g_autoptr(GObject) membership = g_object_new (PTCE_TYPE_MEMBERSHIP, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_null (ptce_membership_get_actor (PTCE_MEMBERSHIP (membership)));
  g_assert_false (ptce_membership_is_member (PTCE_MEMBERSHIP (membership)));
  ptce_pole_add_membership (pole, PTCE_MEMBERSHIP (membership));
  g_assert_false (ptce_dataset_add_pole (dataset, pole, &error));
  g_assert_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_FORMAT);
  g_assert_nonnull (strstr (error->message, "no actor"));
}

/* ---- main -------------------------------------------------------------- */

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Ptce/Site/construct", test_site_construct);
  g_test_add_func ("/Ptce/Site/properties", test_site_properties);

  g_test_add_func ("/Ptce/Actor/construct", test_actor_construct);
  g_test_add_func ("/Ptce/Actor/properties", test_actor_properties);
  g_test_add_func ("/Ptce/Actor/ess-enterprise", test_actor_ess_enterprise);
  g_test_add_func ("/Ptce/Actor/legal-person", test_actor_legal_person);
  g_test_add_func ("/Ptce/Actor/esus-on", test_actor_esus_on);
  g_test_add_func ("/Ptce/Actor/sites", test_actor_sites);

  g_test_add_func ("/Ptce/Territory/construct", test_territory_construct);
  g_test_add_func ("/Ptce/Territory/properties", test_territory_properties);
  g_test_add_func ("/Ptce/Territory/add", test_territory_add);
  g_test_add_func ("/Ptce/Territory/delimited", test_territory_delimited);

  g_test_add_func ("/Ptce/Strategy/construct", test_strategy_construct);
  g_test_add_func ("/Ptce/Strategy/properties", test_strategy_properties);

  g_test_add_func ("/Ptce/Funding/construct", test_funding_construct);
  g_test_add_func ("/Ptce/Funding/properties", test_funding_properties);
  g_test_add_func ("/Ptce/Funding/bad-amount", test_funding_bad_amount);
  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *path = g_strdup_printf ("/Ptce/Funding/bad-amount/subprocess/%u", i);

      g_test_add_data_func (path, GUINT_TO_POINTER (i), funding_bad_amount_subprocess);
    }

  g_test_add_func ("/Ptce/Observation/construct", test_observation_construct);
  g_test_add_func ("/Ptce/Observation/properties", test_observation_properties);
  g_test_add_func ("/Ptce/Observation/nan", test_observation_nan);
  g_test_add_func ("/Ptce/Observation/needs-subject", test_observation_needs_subject);

  g_test_add_func ("/Ptce/Membership/construct", test_membership_construct);
  g_test_add_func ("/Ptce/Membership/properties", test_membership_properties);
  g_test_add_func ("/Ptce/Membership/is-member", test_membership_is_member);
  g_test_add_func ("/Ptce/Membership/has-role", test_membership_has_role);
  g_test_add_func ("/Ptce/Membership/is-active-on", test_membership_is_active_on);
  g_test_add_func ("/Ptce/Membership/needs-actor", test_membership_needs_actor);

  return g_test_run ();
}
