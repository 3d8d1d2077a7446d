/* ptce-json-writer.c
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include <math.h>
#include <sys/stat.h>

#include "ptce-enum-types.h"
#include "ptce-error.h"
#include "ptce-i18n-private.h"
#include "ptce-json-emit-private.h"
#include "ptce-json-extras-private.h"
#include "ptce-json-writer-private.h"
#include "ptce-json-reader.h"
#include "ptce-json-writer.h"

/**
 * SECTION:ptce-json-writer
 * @Title: PtceJsonWriter
 * @Short_description: writes datasets in the "ptce/1" JSON format
 *
 * A #PtceJsonWriter writes a #PtceDataset as a "ptce/1" document
 * (docs/format.md). The output is deterministic: the members of each
 * object come in the order of the format's documentation, followed by the
 * members libptce did not know when it read the dataset, in their original
 * order; lists keep the order of the model. A member whose value is the
 * default — unknown, other, none, false, an empty list — is left out, as
 * reading an absent member gives that default back.
 *
 * Before writing anything, the writer checks the dataset with
 * ptce_dataset_validate() (a dataset with a dangling reference is never
 * written) and with the reader's own content rules, so that nothing is
 * written that the reader would refuse (docs/format.md, "What the writer
 * produces").
 *
 * ptce_json_writer_save_file() is atomic: it writes a temporary file in the
 * same directory, flushes it to the disk and renames it over the
 * destination, so that a crash leaves either the old file or the new one,
 * never a torn one, and a failed save leaves the old file as it was.
 */

/**
 * PtceJsonWriter:
 *
 * Writes datasets in the "ptce/1" JSON format; see the section description.
 *
 * Since: 1.0
 */

struct _PtceJsonWriter
{
  GObject  parent_instance;

  gboolean pretty;
};

G_DEFINE_FINAL_TYPE (PtceJsonWriter, ptce_json_writer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PRETTY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ptce_json_writer_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PtceJsonWriter *self = PTCE_JSON_WRITER (object);

  switch (prop_id)
    {
    case PROP_PRETTY:
      g_value_set_boolean (value, self->pretty);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ptce_json_writer_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PtceJsonWriter *self = PTCE_JSON_WRITER (object);

  switch (prop_id)
    {
    case PROP_PRETTY:
      ptce_json_writer_set_pretty (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ptce_json_writer_class_init (PtceJsonWriterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = ptce_json_writer_get_property;
  object_class->set_property = ptce_json_writer_set_property;

  /**
   * PtceJsonWriter:pretty:
   *
   * Whether bytes and files are indented (two spaces, one member per line)
   * for people to read and diff, or written on one line.
   *
   * Since: 1.0
   */
  properties[PROP_PRETTY] =
    g_param_spec_boolean ("pretty", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ptce_json_writer_init (PtceJsonWriter *self)
{
  self->pretty = TRUE;
}

/**
 * ptce_json_writer_new:
 *
 * Creates a writer that indents its output.
 *
 * Returns: (transfer full): a new #PtceJsonWriter
 *
 * Since: 1.0
 */
PtceJsonWriter *
ptce_json_writer_new (void)
{
  return g_object_new (PTCE_TYPE_JSON_WRITER, NULL);
}

/**
 * ptce_json_writer_get_pretty:
 * @self: a #PtceJsonWriter
 *
 * Gets whether the output is indented.
 *
 * Returns: %TRUE when it is
 *
 * Since: 1.0
 */
gboolean
ptce_json_writer_get_pretty (PtceJsonWriter *self)
{
  g_return_val_if_fail (PTCE_IS_JSON_WRITER (self), FALSE);
  return self->pretty;
}

/**
 * ptce_json_writer_set_pretty:
 * @self: a #PtceJsonWriter
 * @pretty: whether to indent the output
 *
 * Sets whether the output is indented.
 *
 * Since: 1.0
 */
void
ptce_json_writer_set_pretty (PtceJsonWriter *self,
                             gboolean        pretty)
{
  g_return_if_fail (PTCE_IS_JSON_WRITER (self));

  pretty = !!pretty;
  if (self->pretty == pretty)
    return;
  self->pretty = pretty;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRETTY]);
}

/* ---- model → JsonNode ------------------------------------------------- */

static void
put_string (JsonObject *object,
            const char *name,
            const char *value)
{
  if (value != NULL)
    json_object_set_string_member (object, name, value);
}

static void
put_strv (JsonObject         *object,
          const char         *name,
          const char * const *values)
{
  JsonArray *array;

  if (values == NULL || values[0] == NULL)
    return;
  array = json_array_new ();
  for (guint i = 0; values[i] != NULL; i++)
    json_array_add_string_element (array, values[i]);
  json_object_set_array_member (object, name, array);
}

static void
put_date (JsonObject *object,
          const char *name,
          PtceDate   *date)
{
  g_autofree char *iso = NULL;

  if (date == NULL)
    return;
  iso = ptce_date_to_iso8601 (date);
  json_object_set_string_member (object, name, iso);
}

static void
put_enum (JsonObject *object,
          const char *name,
          GType       type,
          int         value,
          gboolean    always)
{
  g_autoptr(GEnumClass) klass = NULL;
  GEnumValue *v;

  if (value == 0 && !always)
    return;
  klass = g_type_class_ref (type);
  v = g_enum_get_value (klass, value);
  g_return_if_fail (v != NULL);
  json_object_set_string_member (object, name, v->value_nick);
}

static void
put_flags (JsonObject *object,
           const char *name,
           GType       type,
           guint       value)
{
  g_autoptr(GFlagsClass) klass = NULL;
  JsonArray *array;

  if (value == 0)
    return;
  klass = g_type_class_ref (type);
  array = json_array_new ();
  for (guint i = 0; i < klass->n_values; i++)
    if (klass->values[i].value != 0 && (value & klass->values[i].value) == klass->values[i].value)
      json_array_add_string_element (array, klass->values[i].value_nick);
  json_object_set_array_member (object, name, array);
}

static void
put_boolean (JsonObject *object,
             const char *name,
             gboolean    value)
{
  if (value)
    json_object_set_boolean_member (object, name, TRUE);
}

/* ptce/1.1: a fact stated as "no" is written "false", where one not stated
 * is left out. */
static void
put_stated_boolean (JsonObject *object,
                    const char *name,
                    gboolean    stated,
                    gboolean    value)
{
  if (stated)
    json_object_set_boolean_member (object, name, value);
}

/* Whole numbers are written without a fraction ("48", not "48.0"). */
static void
put_number (JsonObject *object,
            const char *name,
            double      value)
{
  if (floor (value) == value && fabs (value) < 9.0e15)
    json_object_set_int_member (object, name, (gint64) value);
  else
    json_object_set_double_member (object, name, value);
}

/* Appends the unknown members kept by the reader, after the known ones. */
static void
put_extras (JsonObject *object,
            JsonObject *extras)
{
  GList *members;

  if (extras == NULL)
    return;
  members = json_object_get_members (extras);
  for (GList *l = members; l != NULL; l = l->next)
    if (!json_object_has_member (object, l->data))
      json_object_set_member (object, l->data,
                              json_node_copy (json_object_get_member (extras, l->data)));
  g_list_free (members);
}

static JsonNode *
object_node (JsonObject *object)
{
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  json_node_take_object (node, object);
  return node;
}

/* Writes each item of @list with @write, as an array; an empty list is left
 * out. */
typedef JsonNode *(*WriteFunc) (gpointer item);

static void
put_list (JsonObject *object,
          const char *name,
          GListModel *list,
          WriteFunc   write)
{
  guint n = g_list_model_get_n_items (list);
  JsonArray *array;

  if (n == 0)
    return;
  array = json_array_sized_new (n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);

      json_array_add_element (array, write (item));
    }
  json_object_set_array_member (object, name, array);
}

/* Writes the ids of a list of #PtceActor, as an array; an empty list is left
 * out. */
static void
put_actor_ids (JsonObject *object,
               const char *name,
               GListModel *actors)
{
  guint n = g_list_model_get_n_items (actors);
  JsonArray *array;

  if (n == 0)
    return;
  array = json_array_sized_new (n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PtceActor) actor = g_list_model_get_item (actors, i);

      json_array_add_string_element (array, ptce_actor_get_id (actor));
    }
  json_object_set_array_member (object, name, array);
}

static JsonNode *
write_site (PtceSite *site)
{
  JsonObject *o = json_object_new ();

  put_string (o, "commune", ptce_site_get_commune (site));
  put_string (o, "siret", ptce_site_get_siret (site));
  put_string (o, "label", ptce_site_get_label (site));
  put_string (o, "address", ptce_site_get_address (site));
  put_boolean (o, "headquarters", ptce_site_get_headquarters (site));
  put_extras (o, ptce_json_extras_get (G_OBJECT (site)));
  return object_node (o);
}

/* ptce/1.1: what a grouping groups; counts not stated are left out. */
static JsonNode *
write_composition (PtceComposition *composition)
{
  JsonObject *o = json_object_new ();
  int n_members = ptce_composition_get_n_members (composition);
  int n_non_ess = ptce_composition_get_n_non_ess_members (composition);

  put_date (o, "date", ptce_composition_get_date (composition));
  put_strv (o, "members", ptce_composition_get_member_ids (composition));
  if (n_members >= 0)
    json_object_set_int_member (o, "member_count", n_members);
  if (n_non_ess >= 0)
    json_object_set_int_member (o, "non_ess_member_count", n_non_ess);
  put_extras (o, ptce_json_extras_get (G_OBJECT (composition)));
  return object_node (o);
}

static JsonNode *
write_actor (PtceActor *actor)
{
  JsonObject *o = json_object_new ();

  put_string (o, "id", ptce_actor_get_id (actor));
  put_string (o, "name", ptce_actor_get_name (actor));
  put_enum (o, "kind", PTCE_TYPE_ACTOR_KIND, ptce_actor_get_kind (actor), FALSE);
  put_enum (o, "ess_family", PTCE_TYPE_ESS_FAMILY, ptce_actor_get_ess_family (actor), FALSE);
  put_enum (o, "ess_basis", PTCE_TYPE_ESS_BASIS, ptce_actor_get_ess_basis (actor), FALSE);
  put_string (o, "siren", ptce_actor_get_siren (actor));
  put_string (o, "siret", ptce_actor_get_siret (actor));
  put_string (o, "rna", ptce_actor_get_rna (actor));
  put_string (o, "legal_category", ptce_actor_get_legal_category (actor));
  put_string (o, "naf", ptce_actor_get_naf (actor));
  put_string (o, "seat_commune", ptce_actor_get_seat_commune (actor));
  put_date (o, "esus_start", ptce_actor_get_esus_start (actor));
  put_date (o, "esus_end", ptce_actor_get_esus_end (actor));
  put_list (o, "sites", ptce_actor_get_sites (actor), (WriteFunc) write_site);
  put_list (o, "composition", ptce_actor_get_compositions (actor), (WriteFunc) write_composition);
  put_extras (o, ptce_json_extras_get (G_OBJECT (actor)));
  return object_node (o);
}

static JsonNode *
write_territory (PtceTerritory *territory)
{
  JsonObject *o = json_object_new ();

  put_string (o, "name", ptce_territory_get_name (territory));
  put_string (o, "vintage", ptce_territory_get_vintage (territory));
  put_enum (o, "scale", PTCE_TYPE_TERRITORY_SCALE, ptce_territory_get_scale (territory), FALSE);
  put_strv (o, "communes", ptce_territory_get_communes (territory));
  put_strv (o, "epcis", ptce_territory_get_epcis (territory));
  put_strv (o, "departements", ptce_territory_get_departements (territory));
  put_strv (o, "regions", ptce_territory_get_regions (territory));
  put_extras (o, ptce_json_extras_get (G_OBJECT (territory)));
  return object_node (o);
}

static JsonNode *
write_strategy (PtceStrategy *strategy)
{
  JsonObject *o = json_object_new ();

  put_string (o, "statement", ptce_strategy_get_statement (strategy));
  put_date (o, "adopted", ptce_strategy_get_adopted (strategy));
  put_strv (o, "objectives", ptce_strategy_get_objectives (strategy));
  put_stated_boolean (o, "sustainable_local_development",
                      ptce_strategy_get_sustainable_local_development_stated (strategy),
                      ptce_strategy_get_sustainable_local_development (strategy));
  put_extras (o, ptce_json_extras_get (G_OBJECT (strategy)));
  return object_node (o);
}

static JsonNode *
write_membership (PtceMembership *membership)
{
  JsonObject *o = json_object_new ();

  put_string (o, "actor", ptce_actor_get_id (ptce_membership_get_actor (membership)));
  put_flags (o, "roles", PTCE_TYPE_MEMBERSHIP_ROLE, ptce_membership_get_roles (membership));
  put_date (o, "start", ptce_membership_get_start (membership));
  put_date (o, "end", ptce_membership_get_end (membership));
  put_extras (o, ptce_json_extras_get (G_OBJECT (membership)));
  return object_node (o);
}

static JsonNode *
write_cooperation (PtceCooperation *cooperation)
{
  JsonObject *o = json_object_new ();

  put_string (o, "id", ptce_cooperation_get_id (cooperation));
  put_enum (o, "mode", PTCE_TYPE_COOPERATION_MODE, ptce_cooperation_get_mode (cooperation), TRUE);
  put_enum (o, "object", PTCE_TYPE_COOPERATION_OBJECT, ptce_cooperation_get_object (cooperation), FALSE);
  put_actor_ids (o, "participants", ptce_cooperation_get_participants (cooperation));
  put_date (o, "start", ptce_cooperation_get_start (cooperation));
  put_date (o, "end", ptce_cooperation_get_end (cooperation));
  put_string (o, "description", ptce_cooperation_get_description (cooperation));
  put_extras (o, ptce_json_extras_get (G_OBJECT (cooperation)));
  return object_node (o);
}

static JsonNode *
write_project (PtceProject *project)
{
  JsonObject *o = json_object_new ();

  put_string (o, "id", ptce_project_get_id (project));
  put_string (o, "title", ptce_project_get_title (project));
  put_flags (o, "innovation", PTCE_TYPE_INNOVATION, ptce_project_get_innovation (project));
  if (ptce_project_get_innovation_stated (project) && !json_object_has_member (o, "innovation"))
    json_object_set_array_member (o, "innovation", json_array_new ());  /* assessed: none */
  put_strv (o, "sectors", ptce_project_get_sectors (project));
  put_strv (o, "objectives", ptce_project_get_objectives (project));
  put_stated_boolean (o, "sustainable_local_development",
                      ptce_project_get_sustainable_local_development_stated (project),
                      ptce_project_get_sustainable_local_development (project));
  put_date (o, "start", ptce_project_get_start (project));
  put_date (o, "end", ptce_project_get_end (project));
  put_actor_ids (o, "participants", ptce_project_get_participants (project));
  put_extras (o, ptce_json_extras_get (G_OBJECT (project)));
  return object_node (o);
}

static JsonNode *
write_funding (PtceFunding *funding)
{
  JsonObject *o = json_object_new ();
  double amount = ptce_funding_get_amount (funding);
  guint duration = ptce_funding_get_duration_months (funding);

  put_string (o, "call", ptce_funding_get_call (funding));
  put_enum (o, "call_kind", PTCE_TYPE_CALL_KIND, ptce_funding_get_call_kind (funding), FALSE);
  put_string (o, "funder", ptce_funding_get_funder (funding));
  put_date (o, "date", ptce_funding_get_date (funding));
  if (amount >= 0)
    put_number (o, "amount", amount);
  if (duration > 0)
    json_object_set_int_member (o, "duration_months", duration);
  put_strv (o, "projects", ptce_funding_get_projects (funding));
  put_extras (o, ptce_json_extras_get (G_OBJECT (funding)));
  return object_node (o);
}

/* ptce/1.1: the pole's own legal person; its id and name are the pole's. */
static JsonNode *
write_legal_person (PtceActor *actor)
{
  JsonObject *o = json_object_new ();

  put_enum (o, "kind", PTCE_TYPE_ACTOR_KIND, ptce_actor_get_kind (actor), FALSE);
  put_enum (o, "ess_family", PTCE_TYPE_ESS_FAMILY, ptce_actor_get_ess_family (actor), FALSE);
  put_enum (o, "ess_basis", PTCE_TYPE_ESS_BASIS, ptce_actor_get_ess_basis (actor), FALSE);
  put_string (o, "siren", ptce_actor_get_siren (actor));
  put_string (o, "siret", ptce_actor_get_siret (actor));
  put_string (o, "rna", ptce_actor_get_rna (actor));
  put_string (o, "legal_category", ptce_actor_get_legal_category (actor));
  put_string (o, "naf", ptce_actor_get_naf (actor));
  put_string (o, "seat_commune", ptce_actor_get_seat_commune (actor));
  put_extras (o, ptce_json_extras_get (G_OBJECT (actor)));
  return object_node (o);
}

static JsonNode *
write_pole (PtcePole *pole)
{
  JsonObject *o = json_object_new ();
  PtceActor *carrier = ptce_pole_get_carrier (pole);
  PtceActor *legal_person = ptce_pole_get_legal_person (pole);
  PtceTerritory *territory = ptce_pole_get_territory (pole);
  PtceStrategy *strategy = ptce_pole_get_strategy (pole);
  guint n_stages = ptce_pole_get_n_stage_changes (pole);

  put_string (o, "id", ptce_pole_get_id (pole));
  put_string (o, "name", ptce_pole_get_name (pole));
  put_strv (o, "aliases", ptce_pole_get_aliases (pole));
  put_string (o, "description", ptce_pole_get_description (pole));
  put_date (o, "founded", ptce_pole_get_founded (pole));
  put_date (o, "dissolved", ptce_pole_get_dissolved (pole));
  if (n_stages > 0)
    {
      JsonArray *stages = json_array_sized_new (n_stages);

      for (guint i = 0; i < n_stages; i++)
        {
          JsonObject *entry = json_object_new ();
          PtceDate *since = NULL;
          PtceStage stage = ptce_pole_get_stage_change (pole, i, &since);

          put_enum (entry, "stage", PTCE_TYPE_STAGE, stage, TRUE);
          put_date (entry, "since", since);
          put_extras (entry, ptce_json_stage_extras_get (pole, since));
          json_array_add_object_element (stages, entry);
        }
      json_object_set_array_member (o, "stages", stages);
    }
  put_flags (o, "typology", PTCE_TYPE_POLE_TYPOLOGY, ptce_pole_get_typology (pole));
  put_enum (o, "origin", PTCE_TYPE_POLE_ORIGIN, ptce_pole_get_origin (pole), FALSE);
  put_enum (o, "legal_form", PTCE_TYPE_LEGAL_FORM, ptce_pole_get_legal_form (pole), FALSE);
  if (carrier != NULL)
    put_string (o, "carrier", ptce_actor_get_id (carrier));
  if (legal_person != NULL)
    json_object_set_member (o, "legal_person", write_legal_person (legal_person));
  if (territory != NULL)
    json_object_set_member (o, "territory", write_territory (territory));
  if (strategy != NULL)
    json_object_set_member (o, "strategy", write_strategy (strategy));
  put_list (o, "memberships", ptce_pole_get_memberships (pole), (WriteFunc) write_membership);
  put_list (o, "cooperations", ptce_pole_get_cooperations (pole), (WriteFunc) write_cooperation);
  put_list (o, "projects", ptce_pole_get_projects (pole), (WriteFunc) write_project);
  put_list (o, "fundings", ptce_pole_get_fundings (pole), (WriteFunc) write_funding);
  put_extras (o, ptce_json_extras_get (G_OBJECT (pole)));
  return object_node (o);
}

static JsonNode *
write_observation (PtceObservation *observation)
{
  JsonObject *o = json_object_new ();

  put_string (o, "subject", ptce_observation_get_subject (observation));
  put_string (o, "indicator", ptce_observation_get_indicator (observation));
  put_number (o, "value", ptce_observation_get_value (observation));
  put_string (o, "unit", ptce_observation_get_unit (observation));
  put_date (o, "start", ptce_observation_get_start (observation));
  put_date (o, "end", ptce_observation_get_end (observation));
  put_string (o, "source", ptce_observation_get_source (observation));
  put_string (o, "method", ptce_observation_get_method (observation));
  put_extras (o, ptce_json_extras_get (G_OBJECT (observation)));
  return object_node (o);
}

/* The tree of @dataset, unchecked. */
static JsonNode *
write_dataset (PtceDataset *dataset)
{
  JsonObject *root = json_object_new ();

  json_object_set_string_member (root, "format", ptce_json_dataset_uses_1_1 (dataset) ? "ptce/1.1" : "ptce/1");
  put_string (root, "title", ptce_dataset_get_title (dataset));
  put_string (root, "source", ptce_dataset_get_source (dataset));
  put_date (root, "date", ptce_dataset_get_date (dataset));
  put_string (root, "cog_vintage", ptce_dataset_get_cog_vintage (dataset));
  put_list (root, "actors", ptce_dataset_get_actors (dataset), (WriteFunc) write_actor);
  put_list (root, "poles", ptce_dataset_get_poles (dataset), (WriteFunc) write_pole);
  put_list (root, "observations", ptce_dataset_get_observations (dataset),
            (WriteFunc) write_observation);
  put_extras (root, ptce_json_extras_get (G_OBJECT (dataset)));
  return object_node (root);
}

/* The reader's own check of a tree: it builds a model from it with the
 * reader's builder, every rule included. The limits (depth, size) are a
 * reader's configuration, not the format: the check reads with the
 * largest, so that a dataset loaded with a raised max-depth can be saved
 * again. */
static gboolean
reader_accepts_node (JsonNode  *root,
                     GError   **error)
{
  g_autoptr(PtceJsonReader) reader = ptce_json_reader_new ();
  g_autoptr(PtceDataset) again = NULL;

  ptce_json_reader_set_max_depth (reader, PTCE_JSON_READER_MAX_DEPTH_LIMIT);
  ptce_json_reader_set_max_size (reader, G_MAXUINT64);
  again = ptce_json_reader_load_node (reader, root, error);
  return again != NULL;
}

/* The writer never writes what the reader refuses (docs/format.md, "What
 * the writer produces"): @dataset is checked by ptce_dataset_validate(),
 * then by every content rule the reader applies that the model does not
 * already guarantee (ids, periods, dates, finite numbers, names listed
 * twice, UTF-8 of strings and member names, nesting of unknown members),
 * each rule stated once in ptce-json-rules.c and shared with the reader's
 * builder, so that the error, if any, is the reader's (the same domain,
 * code and message, with the JSON path of the culprit). The model is
 * checked in place: no second model is built.
 *
 * One case is left to the reader itself: an unknown member that bears the
 * name of a member the reader knows in the document written (an actor's
 * "composition" kept from a ptce/1 file, now written as ptce/1.1). The tree
 * of the dataset is then made and read by the reader's builder, as every
 * save did before (ptce_json_check_dataset()).
 *
 * The text itself is not read back: what step 1 of the reader checks of
 * bytes cannot differ from the model (the text is written from it, with
 * the two repairs json-glib 1.6 needs, no duplicate member, 64-bit
 * integers, doubles written with 17 digits read back to the same double).
 * tests/bindings/test_save_property.py reloads every text it saves, and the
 * fuzzers reload what they save. */
static gboolean
check_dataset (PtceDataset  *dataset,
               GError      **error)
{
  g_autoptr(JsonNode) root = NULL;
  gboolean needs_tree = FALSE;

  if (!ptce_dataset_validate (dataset, error))
    return FALSE;
  if (ptce_json_check_dataset (dataset, &needs_tree, error))
    return TRUE;
  if (!needs_tree)
    return FALSE;
  root = write_dataset (dataset);
  return reader_accepts_node (root, error);
}

/**
 * ptce_json_writer_save_node:
 * @self: a #PtceJsonWriter
 * @dataset: the dataset to write
 * @error: return location for a #GError
 *
 * Writes a dataset as a JSON tree, for applications that embed it in
 * their own JSON. The dataset is checked by the reader's rules first, as
 * ptce_json_writer_save_bytes() says: a dataset the reader would refuse is
 * refused here, with the reader's error.
 *
 * Returns: (transfer full) (nullable): the root of a ptce/1 document, or
 *   %NULL with @error set when ptce_dataset_validate() or the reader's
 *   rules refuse @dataset
 *
 * Since: 1.0
 */
JsonNode *
ptce_json_writer_save_node (PtceJsonWriter  *self,
                            PtceDataset     *dataset,
                            GError         **error)
{
  g_return_val_if_fail (PTCE_IS_JSON_WRITER (self), NULL);
  g_return_val_if_fail (PTCE_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  ptce_i18n_init ();

  if (!check_dataset (dataset, error))
    return NULL;
  return write_dataset (dataset);
}

/* json-glib 1.6 writes a double whose shortest form has an exponent and
 * no decimal point, such as 1e+40, with ".0" appended ("1e+40.0"), which is
 * not JSON: a dataset holding such a number was written to a file nobody
 * could read back (found by tests/fuzz/fuzz-json-reader.c; regression in
 * tests/data/hostile/json/regressions/). Drops that ".0" from the number
 * tokens, outside strings; @text keeps its NUL terminator. */
static void
repair_exponent_doubles (char  *text,
                         gsize *length)
{
  gsize in = 0, out = 0, n = *length;
  gboolean in_string = FALSE;

  while (in < n)
    {
      char c = text[in];

      if (in_string || c == '"')
        {
          if (in_string && c == '\\' && in + 1 < n)
            text[out++] = text[in++];
          else if (c == '"')
            in_string = !in_string;
          text[out++] = text[in++];
        }
      else if (c == '-' || g_ascii_isdigit (c))
        {
          gsize start = in;
          gboolean exponent = FALSE, point = FALSE;

          for (; in < n && (g_ascii_isdigit (text[in]) || strchr ("+-.eE", text[in]) != NULL); in++)
            {
              if (text[in] == 'e' || text[in] == 'E')
                exponent = TRUE;
              else if (text[in] == '.' && !exponent)
                point = TRUE;
            }
          if (exponent && !point && in - start > 2 && text[in - 2] == '.' && text[in - 1] == '0')
            {
              memmove (text + out, text + start, in - start - 2);
              out += in - start - 2;
            }
          else
            {
              memmove (text + out, text + start, in - start);
              out += in - start;
            }
        }
      else
        text[out++] = text[in++];
    }
  text[out] = '\0';
  *length = out;
}

/* json-glib 1.6 escapes the control characters below U+001F but writes
 * U+001F itself raw, which JSON forbids and the reader refuses (found by
 * fuzz-csv: a name with that byte was saved and could not be read back).
 * A raw 0x1F byte can only be inside a string (never in UTF-8 sequences,
 * never in JSON's syntax): each becomes \u001f. Returns @text or a new
 * buffer (the old one freed), NUL-terminated. */
static char *
escape_unit_separators (char  *text,
                        gsize *length)
{
  gsize n = 0, out = 0;
  char *escaped;

  for (gsize i = 0; i < *length; i++)
    n += text[i] == '\x1f';
  if (n == 0)
    return text;
  escaped = g_malloc (*length + 5 * n + 1);
  for (gsize i = 0; i < *length; i++)
    if (text[i] == '\x1f')
      {
        memcpy (escaped + out, "\\u001f", 6);
        out += 6;
      }
    else
      escaped[out++] = text[i];
  escaped[out] = '\0';
  *length = out;
  g_free (text);
  return escaped;
}

/* The text of a tree as the writer writes it: json-glib's generator, then
 * the two repairs, then the final newline. */
static GBytes *
generate (JsonNode *root,
          gboolean  pretty)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  char *text;
  gsize length;

  json_generator_set_pretty (generator, pretty);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, &length);
  repair_exponent_doubles (text, &length);
  text = escape_unit_separators (text, &length);
  text = g_realloc (text, length + 2);
  text[length++] = '\n';
  text[length] = '\0';
  return g_bytes_new_take (text, length);
}

/* How every save was made before the text was written from the model: a
 * json-glib tree, checked by the reader's builder (a second model), then
 * JsonGenerator. Kept for tests/formats/test-json-writer.c, which compares
 * the two byte for byte and error for error. */
GBytes *
ptce_json_writer_save_bytes_by_tree_private (PtceJsonWriter  *self,
                                             PtceDataset     *dataset,
                                             GError         **error)
{
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (PTCE_IS_JSON_WRITER (self), NULL);
  g_return_val_if_fail (PTCE_IS_DATASET (dataset), NULL);

  ptce_i18n_init ();

  if (!ptce_dataset_validate (dataset, error))
    return NULL;
  root = write_dataset (dataset);
  if (!reader_accepts_node (root, error))
    return NULL;
  return generate (root, self->pretty);
}

/**
 * ptce_json_writer_save_bytes:
 * @self: a #PtceJsonWriter
 * @dataset: the dataset to write
 * @error: return location for a #GError
 *
 * Writes a dataset as UTF-8 bytes, ending with a newline. The same
 * dataset always gives the same bytes. The dataset is checked by the
 * reader's own rules first (those ptce_json_reader_load_node() applies,
 * with the largest limits): a dataset the reader would refuse is refused
 * here, with the reader's error, so that nothing is written that libptce
 * cannot open.
 *
 * Returns: (transfer full) (nullable): the bytes of a ptce/1 document, or
 *   %NULL with @error set when ptce_dataset_validate() or the reader's
 *   rules refuse @dataset
 *
 * Since: 1.0
 */
GBytes *
ptce_json_writer_save_bytes (PtceJsonWriter  *self,
                             PtceDataset     *dataset,
                             GError         **error)
{
  char *text;
  gsize length;

  g_return_val_if_fail (PTCE_IS_JSON_WRITER (self), NULL);
  g_return_val_if_fail (PTCE_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  ptce_i18n_init ();

  if (!check_dataset (dataset, error))
    return NULL;
  text = ptce_json_emit_dataset (dataset, self->pretty, &length);
  text = g_realloc (text, length + 2);
  text[length++] = '\n';
  text[length] = '\0';
  return g_bytes_new_take (text, length);
}

/* Where an atomic save must write so that it replaces what @path names:
 * the target of a symbolic link (followed to its end, even when the final
 * file does not exist yet), or @path itself. Refuses what is not a regular
 * file. */
static char *
resolve_save_target (const char  *path,
                     GError     **error)
{
  g_autofree char *target = g_strdup (path);

  for (guint hops = 0; ; hops++)
    {
      struct stat st;

      if (lstat (target, &st) != 0)
        return g_steal_pointer (&target);  /* a new file */
      if (S_ISREG (st.st_mode))
        return g_steal_pointer (&target);
      if (S_ISLNK (st.st_mode) && hops < 32)
        {
          g_autofree char *link = g_file_read_link (target, NULL);
          g_autofree char *dir = NULL;

          if (link == NULL)
            break;
          if (g_path_is_absolute (link))
            {
              g_free (target);
              target = g_steal_pointer (&link);
            }
          else
            {
              dir = g_path_get_dirname (target);
              g_free (target);
              target = g_build_filename (dir, link, NULL);
            }
          continue;
        }
      break;
    }

  {
    g_autofree char *display = g_filename_display_name (path);

    g_set_error (error, PTCE_ERROR, PTCE_ERROR_IO,
                 _("Cannot write “%s”: not a regular file (a save replaces the file, "
                   "which would destroy a device, a pipe or a directory)"),
                 display);
  }
  return NULL;
}

/**
 * ptce_json_writer_save_file:
 * @self: a #PtceJsonWriter
 * @dataset: the dataset to write
 * @path: (type filename): where to write it
 * @error: return location for a #GError
 *
 * Writes a dataset to a file, atomically: the bytes go to a temporary file
 * in the directory of @path, which is flushed to the disk and then renamed
 * over @path (mode 0644). A crash leaves either the old file or the new
 * one; a failure leaves the old file untouched.
 *
 * When @path is a symbolic link, the file it points to is replaced and the
 * link kept. A @path that exists but is not a regular file (a device, a
 * pipe, a directory) is refused: replacing it by renaming would destroy
 * it.
 *
 * Nothing is written that the reader would refuse: the bytes are checked
 * as ptce_json_writer_save_bytes() says, and the good file stays.
 *
 * Returns: %TRUE on success; %FALSE with @error set when
 *   ptce_dataset_validate() or the reader refuses @dataset (with the
 *   reader's error; nothing is written), or to
 *   %PTCE_ERROR_IO naming @path when the file cannot be written
 *
 * Since: 1.0
 */
gboolean
ptce_json_writer_save_file (PtceJsonWriter  *self,
                            PtceDataset     *dataset,
                            const char      *path,
                            GError         **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local = NULL;
  g_autofree char *target = NULL;
  gconstpointer data;
  gsize length;

  g_return_val_if_fail (PTCE_IS_JSON_WRITER (self), FALSE);
  g_return_val_if_fail (PTCE_IS_DATASET (dataset), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  ptce_i18n_init ();

  bytes = ptce_json_writer_save_bytes (self, dataset, error);
  if (bytes == NULL)
    return FALSE;

  target = resolve_save_target (path, error);
  if (target == NULL)
    return FALSE;

  data = g_bytes_get_data (bytes, &length);
  if (!g_file_set_contents_full (target, data, (gssize) length,
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0644, &local))
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, PTCE_ERROR, PTCE_ERROR_IO, _("Cannot write “%s”: %s"),
                   display, local->message);
      return FALSE;
    }
  return TRUE;
}

/* The text of any ptce/1 JSON node as the writer writes it (compact): the
 * emitter's, which writes json-glib's generator's bytes with the two
 * repairs (test-json-writer compares them); the store shows each
 * entity's fragment in this form (libptce/store/). */
char *
ptce_json_writer_node_to_string (JsonNode *node)
{
  gsize length;

  return ptce_json_emit_node (node, FALSE, &length);
}
