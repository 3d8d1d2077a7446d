/* example.c: libptce from C
 *
 *   example DATASET.json [DATE [OUTPUT.json]]
 *
 * Loads a ptce/1 dataset, prints who is a member of each pole on DATE (an
 * ISO 8601 date, possibly partial; today by default) and the pole's
 * cooperations, then builds a tiny dataset in code and saves it to OUTPUT
 * (tiny-ptce.json by default).
 *
 * Build: cc example.c $(pkg-config --cflags --libs libptce) -o example
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later */

#include <libptce/libptce.h>
#include <stdio.h>

static const char *
nick (GType type, int value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *v = g_enum_get_value (klass, value);

  return v ? v->value_nick : "?";
}

static void
print_pole (PtcePole *pole,
            PtceDate *when)
{
  g_autoptr(GListModel) members = ptce_pole_list_members_on (pole, when);
  GListModel *cooperations = ptce_pole_get_cooperations (pole);
  g_autofree char *day = ptce_date_to_iso8601 (when);

  printf ("%s (%s): %u members on %s\n", ptce_pole_get_name (pole),
          ptce_pole_get_id (pole), g_list_model_get_n_items (members), day);

  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(PtceMembership) membership = g_list_model_get_item (members, i);

      printf ("  - %s\n", ptce_actor_get_name (ptce_membership_get_actor (membership)));
    }

  for (guint i = 0; i < g_list_model_get_n_items (cooperations); i++)
    {
      g_autoptr(PtceCooperation) cooperation = g_list_model_get_item (cooperations, i);

      printf ("  cooperation %s: %s, %s, %u participants\n",
              ptce_cooperation_get_id (cooperation),
              nick (PTCE_TYPE_COOPERATION_MODE, ptce_cooperation_get_mode (cooperation)),
              nick (PTCE_TYPE_COOPERATION_OBJECT, ptce_cooperation_get_object (cooperation)),
              g_list_model_get_n_items (ptce_cooperation_get_participants (cooperation)));
    }
}

/* Two associations that share premises, members of a pole since June 2020. */
static PtceDataset *
build_tiny_dataset (GError **error)
{
  g_autoptr(PtceDataset) dataset = ptce_dataset_new ();
  g_autoptr(PtceActor) workshop = ptce_actor_new ("atelier-velo", "Atelier vélo solidaire");
  g_autoptr(PtceActor) shop = ptce_actor_new ("ressourcerie", "La Ressourcerie");
  g_autoptr(PtcePole) pole = ptce_pole_new ("pole-exemple", "Pôle exemple");
  g_autoptr(PtceCooperation) premises = NULL;
  g_autoptr(PtceDate) june_2020 = ptce_date_new (2020, 6, 0, error);
  PtceActor *actors[] = { workshop, shop };

  if (june_2020 == NULL)
    return NULL;

  ptce_dataset_set_title (dataset, "A tiny dataset built in C");
  ptce_pole_set_founded (pole, june_2020);

  for (guint i = 0; i < G_N_ELEMENTS (actors); i++)
    {
      g_autoptr(PtceMembership) membership =
        ptce_membership_new (actors[i], PTCE_MEMBERSHIP_ROLE_FOUNDING_MEMBER);

      ptce_actor_set_kind (actors[i], PTCE_ACTOR_KIND_ENTERPRISE);
      ptce_actor_set_ess_family (actors[i], PTCE_ESS_FAMILY_ASSOCIATION);
      ptce_membership_set_start (membership, june_2020);
      ptce_pole_add_membership (pole, membership);
      if (!ptce_dataset_add_actor (dataset, actors[i], error))
        return NULL;
    }

  premises = ptce_cooperation_new ("local-partage", PTCE_COOPERATION_MODE_MUTUALISATION);
  ptce_cooperation_set_object (premises, PTCE_COOPERATION_OBJECT_SHARED_PREMISES);
  ptce_cooperation_add_participant (premises, workshop);
  ptce_cooperation_add_participant (premises, shop);
  if (!ptce_pole_add_cooperation (pole, premises, error) ||
      !ptce_dataset_add_pole (dataset, pole, error))
    return NULL;

  return g_steal_pointer (&dataset);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PtceJsonReader) reader = ptce_json_reader_new ();
  g_autoptr(PtceJsonWriter) writer = ptce_json_writer_new ();
  g_autoptr(PtceDataset) dataset = NULL;
  g_autoptr(PtceDataset) tiny = NULL;
  g_autoptr(PtceDataset) reloaded = NULL;
  g_autoptr(PtceDate) when = NULL;
  g_autoptr(GError) error = NULL;
  const char *output = argc > 3 ? argv[3] : "tiny-ptce.json";
  GListModel *poles;

  if (argc < 2)
    {
      fprintf (stderr, "usage: %s DATASET.json [DATE [OUTPUT.json]]\n", argv[0]);
      return 2;
    }

  dataset = ptce_json_reader_load_file (reader, argv[1], &error);
  if (dataset == NULL)
    goto fail;

  when = argc > 2 ? ptce_date_new_from_iso8601 (argv[2], &error) : ptce_date_new_today ();
  if (when == NULL)
    goto fail;

  poles = ptce_dataset_get_poles (dataset);
  for (guint i = 0; i < g_list_model_get_n_items (poles); i++)
    {
      g_autoptr(PtcePole) pole = g_list_model_get_item (poles, i);

      print_pole (pole, when);
    }

  tiny = build_tiny_dataset (&error);
  if (tiny == NULL || !ptce_json_writer_save_file (writer, tiny, output, &error))
    goto fail;

  /* Read it back, to show that what was saved is what was built. */
  reloaded = ptce_json_reader_load_file (reader, output, &error);
  if (reloaded == NULL)
    goto fail;
  printf ("saved %u pole and %u actors to %s\n",
          g_list_model_get_n_items (ptce_dataset_get_poles (reloaded)),
          g_list_model_get_n_items (ptce_dataset_get_actors (reloaded)),
          output);
  return 0;

fail:
  fprintf (stderr, "%s: %s\n", argv[0], error->message);
  return 1;
}
