/* bench-memory.c: the heap the model takes per actor, membership,
 * cooperation and observation (docs/performance.md)
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Counts the bytes malloc holds (mallinfo2: in use plus mmapped) before and
 * after building N objects of one kind through the public API, with the
 * fields bench-gen gives them, and prints the difference per object. Then,
 * for each FILE given, the heap a loaded dataset keeps per byte of the file.
 * G_SLICE=always-malloc is set so that GLib's slices are malloc's too.
 * Usage: bench-memory [N] [FILE…] */
#include "config.h"

#include <malloc.h>
#include <stdlib.h>

#include <libptce/libptce.h>

static gint64
heap (void)
{
  struct mallinfo2 info;

  malloc_trim (0);
  info = mallinfo2 ();
  return (gint64) (info.uordblks + info.hblkhd);
}

static PtceActor *
make_actor (guint i)
{
  g_autofree char *id = g_strdup_printf ("act-%06u", i);
  g_autofree char *name = g_strdup_printf ("Association numéro %u du territoire", i);
  PtceActor *actor = ptce_actor_new (id, name);

  ptce_actor_set_kind (actor, PTCE_ACTOR_KIND_ENTERPRISE);
  ptce_actor_set_ess_family (actor, PTCE_ESS_FAMILY_ASSOCIATION);
  ptce_actor_set_siren (actor, "732829320");
  ptce_actor_set_siret (actor, "73282932000074");
  ptce_actor_set_legal_category (actor, "9220");
  ptce_actor_set_naf (actor, "94.99Z");
  ptce_actor_set_seat_commune (actor, "75056");
  return actor;
}

int
main (int    argc,
      char **argv)
{
  guint n = argc > 1 ? (guint) atoi (argv[1]) : 20000;
  g_autoptr(PtceDataset) dataset = NULL;
  g_autoptr(PtcePole) pole = NULL;
  g_autoptr(GPtrArray) actors = g_ptr_array_new ();
  gint64 before;

  if (g_getenv ("G_SLICE") == NULL)
    {
      g_setenv ("G_SLICE", "always-malloc", TRUE);
      execv ("/proc/self/exe", argv);
    }
  g_assert_cmpuint (n, >=, 8);

  dataset = ptce_dataset_new ();
  pole = ptce_pole_new ("pole-00000", "Pôle");
  g_type_ensure (PTCE_TYPE_MEMBERSHIP);
  g_type_ensure (PTCE_TYPE_COOPERATION);
  g_type_ensure (PTCE_TYPE_OBSERVATION);
  g_type_ensure (PTCE_TYPE_DATE);

  before = heap ();
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PtceActor) actor = make_actor (i);

      g_assert_true (ptce_dataset_add_actor (dataset, actor, NULL));
      g_ptr_array_add (actors, actor);
    }
  g_print ("actor (id, name, kind, family, SIREN, SIRET, category, NAF, commune): %.0f bytes\n",
           (double) (heap () - before) / n);

  before = heap ();
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PtceMembership) membership =
        ptce_membership_new (actors->pdata[i], PTCE_MEMBERSHIP_ROLE_MEMBER);
      g_autoptr(PtceDate) start = ptce_date_new (2015 + i % 8, 1 + i % 12, 1 + i % 28, NULL);

      ptce_membership_set_start (membership, start);
      ptce_pole_add_membership (pole, membership);
    }
  g_print ("membership (actor, role, start date): %.0f bytes\n",
           (double) (heap () - before) / n);

  for (guint k = 2; k <= 8; k += 6)
    {
      before = heap ();
      for (guint i = 0; i < n; i++)
        {
          g_autofree char *id = g_strdup_printf ("coop-%u-%06u", k, i);
          g_autoptr(PtceCooperation) cooperation =
            ptce_cooperation_new (id, PTCE_COOPERATION_MODE_MUTUALISATION);
          g_autoptr(PtceDate) start = ptce_date_new (2016 + i % 8, 1 + i % 12, 1, NULL);

          ptce_cooperation_set_start (cooperation, start);
          for (guint j = 0; j < k; j++)
            ptce_cooperation_add_participant (cooperation, actors->pdata[(i + j) % n]);
          g_assert_true (ptce_pole_add_cooperation (pole, cooperation, NULL));
        }
      g_print ("cooperation of %u participants (id, mode, start date): %.0f bytes\n", k,
               (double) (heap () - before) / n);
    }

  before = heap ();
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PtceObservation) observation =
        ptce_observation_new (ptce_actor_get_id (actors->pdata[i]), "employees", i % 200);

      ptce_observation_set_unit (observation, "persons");
      g_assert_true (ptce_dataset_add_observation (dataset, observation, NULL));
    }
  g_print ("observation (subject, indicator, value, unit): %.0f bytes\n",
           (double) (heap () - before) / n);

  for (int i = 2; i < argc; i++)
    {
      g_autoptr(PtceJsonReader) reader = ptce_json_reader_new ();
      g_autoptr(PtceDataset) loaded = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GFile) file = g_file_new_for_path (argv[i]);
      g_autoptr(GFileInfo) info = NULL;
      gint64 size;

      info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, 0, NULL, &error);
      g_assert_no_error (error);
      size = g_file_info_get_size (info);
      ptce_json_reader_set_max_size (reader, G_MAXUINT64);
      before = heap ();
      loaded = ptce_json_reader_load_file (reader, argv[i], &error);
      g_assert_no_error (error);
      g_print ("%s: %" G_GINT64_FORMAT " bytes, the loaded model %.1f MB (%.2f times the file)\n",
               argv[i], size, (double) (heap () - before) / 1e6,
               (double) (heap () - before) / (double) size);
    }
  return 0;
}
