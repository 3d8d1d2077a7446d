/* ptce-jsonld-writer.c
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <json-glib/json-glib.h>

#include "ptce-jsonld-writer.h"
#include "ptce-enum-types.h"
#include "ptce-error.h"
#include "ptce-i18n-private.h"
#include "ptce-save-private.h"
#include "ptce-actor.h"
#include "ptce-site.h"
#include "ptce-pole.h"
#include "ptce-membership.h"
#include "ptce-cooperation.h"
#include "ptce-model-private.h"
#include "ptce-territory.h"

/**
 * SECTION:ptce-jsonld-writer
 * @Title: PtceJsonldWriter
 * @Short_description: a dataset as linked data (JSON-LD: W3C ORG, schema.org, ESSGlobal)
 *
 * A #PtceJsonldWriter writes the organisations of a dataset as JSON-LD 1.1
 * with the published context #PTCE_JSONLD_CONTEXT_IRI (shipped as
 * `data/ptce-context.jsonld`, `docs/jsonld.md` lists every term):
 *
 * - every actor and every pole is an `org:Organization` (`schema:name`,
 *   `org:hasSite` with `org:Site` nodes, `org:hasPrimarySite` for the
 *   headquarters); an ESS enterprise is also an `essglobal:SSEInitiative`;
 *   a natural person is a `schema:Person`;
 * - every membership is an `org:Membership` with `org:member` (the actor),
 *   `org:organization` (the pole) and `org:memberDuring`, a `time:Interval`
 *   whose `time:hasBeginning` and `time:hasEnd` are `time:Instant` nodes
 *   dated with `time:inXSDDate`, `time:inXSDgYearMonth` or
 *   `time:inXSDgYear` as precise as the data are;
 * - the rest (article 9 kind, ESS family and basis, identifiers, roles,
 *   stage, territory, cooperations with their mode, object and
 *   participants) uses the `ptce:` vocabulary.
 *
 * Node identifiers are #PtceJsonldWriter:base-iri followed by `actor/`,
 * `pole/`, `pole/<id>/membership/<n>` or `pole/<id>/cooperation/<id>`,
 * the ids percent-encoded. The complete dataset stays in ptce/1: projects,
 * fundings and observations are not exported here.
 */

/**
 * PtceJsonldWriter:
 *
 * Writes a dataset as JSON-LD.
 *
 * Since: 1.0
 */

/**
 * PTCE_TYPE_JSONLD_WRITER:
 *
 * The #GType of #PtceJsonldWriter.
 *
 * Since: 1.0
 */

#define DEFAULT_BASE_IRI "urn:ptce:"

struct _PtceJsonldWriter
{
  GObject  parent_instance;

  char    *base_iri;
};

G_DEFINE_FINAL_TYPE (PtceJsonldWriter, ptce_jsonld_writer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_BASE_IRI,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ptce_jsonld_writer_finalize (GObject *object)
{
  PtceJsonldWriter *self = (PtceJsonldWriter *) object;

  g_clear_pointer (&self->base_iri, g_free);
  G_OBJECT_CLASS (ptce_jsonld_writer_parent_class)->finalize (object);
}

static void
ptce_jsonld_writer_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PtceJsonldWriter *self = PTCE_JSONLD_WRITER (object);

  switch (prop_id)
    {
    case PROP_BASE_IRI:
      g_value_set_string (value, self->base_iri);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ptce_jsonld_writer_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  PtceJsonldWriter *self = PTCE_JSONLD_WRITER (object);

  switch (prop_id)
    {
    case PROP_BASE_IRI:
      ptce_jsonld_writer_set_base_iri (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ptce_jsonld_writer_class_init (PtceJsonldWriterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ptce_jsonld_writer_finalize;
  object_class->get_property = ptce_jsonld_writer_get_property;
  object_class->set_property = ptce_jsonld_writer_set_property;

  /**
   * PtceJsonldWriter:base-iri:
   *
   * The IRI the node identifiers start with ("urn:ptce:" by default; an
   * observatory publishing its data sets its own, ending with "/").
   * Setting %NULL or "" restores the default.
   *
   * Since: 1.0
   */
  properties[PROP_BASE_IRI] = g_param_spec_string ("base-iri", NULL, NULL, DEFAULT_BASE_IRI,
                                                   G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                   G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ptce_jsonld_writer_init (PtceJsonldWriter *self)
{
  self->base_iri = g_strdup (DEFAULT_BASE_IRI);
}

/**
 * ptce_jsonld_writer_new:
 *
 * Creates a JSON-LD writer with the default base IRI.
 *
 * Returns: (transfer full): a new #PtceJsonldWriter
 *
 * Since: 1.0
 */
PtceJsonldWriter *
ptce_jsonld_writer_new (void)
{
  return g_object_new (PTCE_TYPE_JSONLD_WRITER, NULL);
}

/**
 * ptce_jsonld_writer_get_base_iri:
 * @self: a #PtceJsonldWriter
 *
 * Gets #PtceJsonldWriter:base-iri.
 *
 * Returns: the base of the node identifiers
 *
 * Since: 1.0
 */
const char *
ptce_jsonld_writer_get_base_iri (PtceJsonldWriter *self)
{
  g_return_val_if_fail (PTCE_IS_JSONLD_WRITER (self), NULL);
  return self->base_iri;
}

/**
 * ptce_jsonld_writer_set_base_iri:
 * @self: a #PtceJsonldWriter
 * @base_iri: (nullable): the base of the node identifiers
 *
 * Sets #PtceJsonldWriter:base-iri.
 *
 * Since: 1.0
 */
void
ptce_jsonld_writer_set_base_iri (PtceJsonldWriter *self,
                                 const char       *base_iri)
{
  g_return_if_fail (PTCE_IS_JSONLD_WRITER (self));

  if (base_iri == NULL || *base_iri == '\0')
    base_iri = DEFAULT_BASE_IRI;
  if (g_strcmp0 (self->base_iri, base_iri) == 0)
    return;
  g_free (self->base_iri);
  self->base_iri = g_strdup (base_iri);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BASE_IRI]);
}

/* ------------------------------------------------------------------ */

static const char *
nick (GType type,
      int   value)
{
  GEnumClass *klass = g_type_class_ref (type);
  GEnumValue *found = g_enum_get_value (klass, value);
  const char *word = found != NULL ? found->value_nick : "";

  g_type_class_unref (klass);
  return word;
}

static void
add_flags (JsonBuilder *b,
           const char  *member,
           GType        type,
           guint        value)
{
  GFlagsClass *klass = g_type_class_ref (type);

  json_builder_set_member_name (b, member);
  json_builder_begin_array (b);
  for (guint i = 0; i < klass->n_values; i++)
    if (klass->values[i].value != 0 && (value & klass->values[i].value) == klass->values[i].value)
      json_builder_add_string_value (b, klass->values[i].value_nick);
  json_builder_end_array (b);
  g_type_class_unref (klass);
}

static char *
node_id (PtceJsonldWriter *self,
         const char       *first,
         const char       *id,
         const char       *second,
         const char       *id2)
{
  g_autofree char *a = g_uri_escape_string (id, NULL, TRUE);
  g_autofree char *b = id2 != NULL ? g_uri_escape_string (id2, NULL, TRUE) : NULL;

  if (second == NULL)
    return g_strconcat (self->base_iri, first, "/", a, NULL);
  return g_strconcat (self->base_iri, first, "/", a, "/", second, "/", b, NULL);
}

static void
add_string (JsonBuilder *b,
            const char  *member,
            const char  *value)
{
  if (value == NULL || *value == '\0')
    return;
  json_builder_set_member_name (b, member);
  json_builder_add_string_value (b, value);
}

static void
add_strv (JsonBuilder        *b,
          const char         *member,
          const char * const *values)
{
  if (values == NULL || values[0] == NULL)
    return;
  json_builder_set_member_name (b, member);
  json_builder_begin_array (b);
  for (guint i = 0; values[i] != NULL; i++)
    json_builder_add_string_value (b, values[i]);
  json_builder_end_array (b);
}

static void
add_instant (JsonBuilder *b,
             const char  *member,
             PtceDate    *date)
{
  g_autofree char *iso = NULL;
  const char *term;

  if (date == NULL)
    return;
  iso = ptce_date_to_iso8601 (date);
  switch (ptce_date_get_precision (date))
    {
    case PTCE_DATE_PRECISION_YEAR:
      term = "inYear";
      break;
    case PTCE_DATE_PRECISION_MONTH:
      term = "inYearMonth";
      break;
    case PTCE_DATE_PRECISION_DAY:
    default:
      term = "inDate";
      break;
    }
  json_builder_set_member_name (b, member);
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "@type");
  json_builder_add_string_value (b, "Instant");
  json_builder_set_member_name (b, term);
  json_builder_add_string_value (b, iso);
  json_builder_end_object (b);
}

static void
add_interval (JsonBuilder *b,
              const char  *member,
              PtceDate    *start,
              PtceDate    *end)
{
  if (start == NULL && end == NULL)
    return;
  json_builder_set_member_name (b, member);
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "@type");
  json_builder_add_string_value (b, "Interval");
  add_instant (b, "beginning", start);
  add_instant (b, "end", end);
  json_builder_end_object (b);
}

static void
add_actor (PtceJsonldWriter *self,
           JsonBuilder      *b,
           PtceActor        *actor)
{
  g_autofree char *id = node_id (self, "actor", ptce_actor_get_id (actor), NULL, NULL);
  GListModel *sites = ptce_actor_get_sites (actor);
  guint n_sites = g_list_model_get_n_items (sites);
  gboolean person = ptce_actor_get_kind (actor) == PTCE_ACTOR_KIND_NATURAL_PERSON;

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "@id");
  json_builder_add_string_value (b, id);
  json_builder_set_member_name (b, "@type");
  json_builder_begin_array (b);
  json_builder_add_string_value (b, person ? "Person" : "Organization");
  if (ptce_actor_is_ess_enterprise (actor))
    json_builder_add_string_value (b, "SSEInitiative");
  json_builder_end_array (b);
  add_string (b, "name", ptce_actor_get_name (actor));
  add_string (b, "kind", nick (PTCE_TYPE_ACTOR_KIND, ptce_actor_get_kind (actor)));
  add_string (b, "essFamily", nick (PTCE_TYPE_ESS_FAMILY, ptce_actor_get_ess_family (actor)));
  add_string (b, "essBasis", nick (PTCE_TYPE_ESS_BASIS, ptce_actor_get_ess_basis (actor)));
  json_builder_set_member_name (b, "essEnterprise");
  json_builder_add_boolean_value (b, ptce_actor_is_ess_enterprise (actor));
  add_string (b, "siren", ptce_actor_get_siren (actor));
  add_string (b, "siret", ptce_actor_get_siret (actor));
  add_string (b, "rna", ptce_actor_get_rna (actor));
  add_string (b, "legalCategory", ptce_actor_get_legal_category (actor));
  add_string (b, "naf", ptce_actor_get_naf (actor));
  add_string (b, "seatCommune", ptce_actor_get_seat_commune (actor));
  if (n_sites > 0)
    {
      json_builder_set_member_name (b, "hasSite");
      json_builder_begin_array (b);
      for (guint i = 0; i < n_sites; i++)
        {
          g_autoptr(PtceSite) site = g_list_model_get_item (sites, i);
          g_autofree char *number = g_strdup_printf ("%u", i + 1);
          g_autofree char *site_id = node_id (self, "actor", ptce_actor_get_id (actor),
                                              "site", number);

          json_builder_begin_object (b);
          json_builder_set_member_name (b, "@id");
          json_builder_add_string_value (b, site_id);
          json_builder_set_member_name (b, "@type");
          json_builder_add_string_value (b, "Site");
          add_string (b, "name", ptce_site_get_label (site));
          add_string (b, "address", ptce_site_get_address (site));
          add_string (b, "commune", ptce_site_get_commune (site));
          add_string (b, "siret", ptce_site_get_siret (site));
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      for (guint i = 0; i < n_sites; i++)
        {
          g_autoptr(PtceSite) site = g_list_model_get_item (sites, i);

          if (ptce_site_get_headquarters (site))
            {
              g_autofree char *number = g_strdup_printf ("%u", i + 1);
              g_autofree char *site_id = node_id (self, "actor", ptce_actor_get_id (actor),
                                                  "site", number);

              json_builder_set_member_name (b, "hasPrimarySite");
              json_builder_begin_object (b);
              json_builder_set_member_name (b, "@id");
              json_builder_add_string_value (b, site_id);
              json_builder_end_object (b);
              break;
            }
        }
    }
  json_builder_end_object (b);
}

static void
add_territory (JsonBuilder   *b,
               PtceTerritory *territory)
{
  if (territory == NULL)
    return;
  json_builder_set_member_name (b, "territory");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "@type");
  json_builder_add_string_value (b, "Territory");
  add_string (b, "name", ptce_territory_get_name (territory));
  if (ptce_territory_get_scale (territory) != PTCE_TERRITORY_SCALE_UNKNOWN)
    add_string (b, "scale", nick (PTCE_TYPE_TERRITORY_SCALE, ptce_territory_get_scale (territory)));
  add_string (b, "cogVintage", ptce_territory_get_vintage (territory));
  add_strv (b, "communes", ptce_territory_get_communes (territory));
  add_strv (b, "epcis", ptce_territory_get_epcis (territory));
  add_strv (b, "departements", ptce_territory_get_departements (territory));
  add_strv (b, "regions", ptce_territory_get_regions (territory));
  json_builder_end_object (b);
}

static void
add_pole (PtceJsonldWriter *self,
          JsonBuilder      *b,
          PtcePole         *pole)
{
  const char *pole_id = ptce_pole_get_id (pole);
  g_autofree char *id = node_id (self, "pole", pole_id, NULL, NULL);
  GListModel *memberships = ptce_pole_get_memberships (pole);
  GListModel *cooperations = ptce_pole_get_cooperations (pole);
  PtceDate *founded = ptce_pole_get_founded (pole);
  PtceDate *dissolved = ptce_pole_get_dissolved (pole);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "@id");
  json_builder_add_string_value (b, id);
  json_builder_set_member_name (b, "@type");
  json_builder_begin_array (b);
  json_builder_add_string_value (b, "Organization");
  json_builder_add_string_value (b, "Pole");
  json_builder_end_array (b);
  add_string (b, "name", ptce_pole_get_name (pole));
  add_string (b, "description", ptce_pole_get_description (pole));
  if (founded != NULL)
    {
      g_autofree char *iso = ptce_date_to_iso8601 (founded);
      add_string (b, "foundingDate", iso);
    }
  if (dissolved != NULL)
    {
      g_autofree char *iso = ptce_date_to_iso8601 (dissolved);
      add_string (b, "dissolutionDate", iso);
    }
  if (ptce_pole_get_typology (pole) != 0)
    add_flags (b, "typology", PTCE_TYPE_POLE_TYPOLOGY, ptce_pole_get_typology (pole));
  if (ptce_pole_get_origin (pole) != PTCE_POLE_ORIGIN_UNKNOWN)
    add_string (b, "origin", nick (PTCE_TYPE_POLE_ORIGIN, ptce_pole_get_origin (pole)));
  if (ptce_pole_get_legal_form (pole) != PTCE_LEGAL_FORM_UNKNOWN)
    add_string (b, "legalForm", nick (PTCE_TYPE_LEGAL_FORM, ptce_pole_get_legal_form (pole)));
  if (ptce_pole_get_carrier (pole) != NULL)
    {
      g_autofree char *carrier = node_id (self, "actor",
                                          ptce_actor_get_id (ptce_pole_get_carrier (pole)),
                                          NULL, NULL);
      add_string (b, "carrier", carrier);
    }
  add_territory (b, ptce_pole_get_territory (pole));

  json_builder_set_member_name (b, "hasMembership");
  json_builder_begin_array (b);
  for (guint i = 0; i < g_list_model_get_n_items (memberships); i++)
    {
      g_autoptr(PtceMembership) membership = g_list_model_get_item (memberships, i);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autofree char *membership_id = node_id (self, "pole", pole_id, "membership", number);
      g_autofree char *actor_id = node_id (self, "actor",
                                           ptce_actor_get_id (ptce_membership_get_actor (membership)),
                                           NULL, NULL);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "@id");
      json_builder_add_string_value (b, membership_id);
      json_builder_set_member_name (b, "@type");
      json_builder_add_string_value (b, "Membership");
      add_string (b, "member", actor_id);
      add_string (b, "organization", id);
      add_flags (b, "roles", PTCE_TYPE_MEMBERSHIP_ROLE, ptce_membership_get_roles (membership));
      json_builder_set_member_name (b, "isMember");
      json_builder_add_boolean_value (b, ptce_membership_is_member (membership));
      add_interval (b, "memberDuring", ptce_membership_get_start (membership),
                    ptce_membership_get_end (membership));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "hasCooperation");
  json_builder_begin_array (b);
  for (guint i = 0; i < g_list_model_get_n_items (cooperations); i++)
    {
      g_autoptr(PtceCooperation) cooperation = g_list_model_get_item (cooperations, i);
      guint n_participants;
      PtceActor * const *participants =
        ptce_cooperation_peek_participant_array_private (cooperation, &n_participants);
      g_autofree char *cooperation_id = node_id (self, "pole", pole_id, "cooperation",
                                                 ptce_cooperation_get_id (cooperation));

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "@id");
      json_builder_add_string_value (b, cooperation_id);
      json_builder_set_member_name (b, "@type");
      json_builder_add_string_value (b, "Cooperation");
      add_string (b, "mode", nick (PTCE_TYPE_COOPERATION_MODE,
                                   ptce_cooperation_get_mode (cooperation)));
      add_string (b, "object", nick (PTCE_TYPE_COOPERATION_OBJECT,
                                     ptce_cooperation_get_object (cooperation)));
      add_string (b, "description", ptce_cooperation_get_description (cooperation));
      json_builder_set_member_name (b, "participant");
      json_builder_begin_array (b);
      for (guint p = 0; p < n_participants; p++)
        {
          g_autofree char *actor_id = node_id (self, "actor", ptce_actor_get_id (participants[p]),
                                               NULL, NULL);

          json_builder_add_string_value (b, actor_id);
        }
      json_builder_end_array (b);
      add_interval (b, "during", ptce_cooperation_get_start (cooperation),
                    ptce_cooperation_get_end (cooperation));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
}

/**
 * ptce_jsonld_writer_save_bytes:
 * @self: a #PtceJsonldWriter
 * @dataset: the dataset to write
 * @error: return location for a #GError
 *
 * Writes @dataset as a JSON-LD document: `@context` is
 * #PTCE_JSONLD_CONTEXT_IRI, `@graph` lists the actors, then the poles with
 * their memberships and cooperations.
 *
 * Returns: (transfer full) (nullable): the UTF-8 bytes of the document, or
 *   %NULL with @error set when ptce_dataset_validate() refuses @dataset
 *
 * Since: 1.0
 */
GBytes *
ptce_jsonld_writer_save_bytes (PtceJsonldWriter  *self,
                               PtceDataset       *dataset,
                               GError           **error)
{
  g_autoptr(JsonBuilder) b = NULL;
  g_autoptr(JsonGenerator) generator = NULL;
  g_autoptr(JsonNode) root = NULL;
  GListModel *actors, *poles;
  char *text;
  gsize length;

  g_return_val_if_fail (PTCE_IS_JSONLD_WRITER (self), NULL);
  g_return_val_if_fail (PTCE_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!ptce_dataset_validate (dataset, error))
    return NULL;

  b = json_builder_new ();
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "@context");
  json_builder_add_string_value (b, PTCE_JSONLD_CONTEXT_IRI);
  json_builder_set_member_name (b, "@graph");
  json_builder_begin_array (b);
  actors = ptce_dataset_get_actors (dataset);
  for (guint i = 0; i < g_list_model_get_n_items (actors); i++)
    {
      g_autoptr(PtceActor) actor = g_list_model_get_item (actors, i);

      add_actor (self, b, actor);
    }
  poles = ptce_dataset_get_poles (dataset);
  for (guint i = 0; i < g_list_model_get_n_items (poles); i++)
    {
      g_autoptr(PtcePole) pole = g_list_model_get_item (poles, i);

      add_pole (self, b, pole);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);

  root = json_builder_get_root (b);
  generator = json_generator_new ();
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, &length);
  text = g_realloc (text, length + 2);
  text[length++] = '\n';
  text[length] = '\0';
  return g_bytes_new_take (text, length);
}

/**
 * ptce_jsonld_writer_save_file:
 * @self: a #PtceJsonldWriter
 * @dataset: the dataset to write
 * @path: (type filename): where to write it
 * @error: return location for a #GError
 *
 * Writes @dataset as JSON-LD to @path, atomically, as
 * ptce_json_writer_save_file() does.
 *
 * Returns: %TRUE on success; %FALSE with @error set otherwise
 *
 * Since: 1.0
 */
gboolean
ptce_jsonld_writer_save_file (PtceJsonldWriter  *self,
                              PtceDataset       *dataset,
                              const char        *path,
                              GError           **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (PTCE_IS_JSONLD_WRITER (self), FALSE);
  g_return_val_if_fail (PTCE_IS_DATASET (dataset), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = ptce_jsonld_writer_save_bytes (self, dataset, error);
  if (bytes == NULL)
    return FALSE;
  return ptce_save_bytes_atomically (path, bytes, error);
}
