/* ptce-resolved-territory.c
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "ptce-geography-private.h"

/**
 * SECTION:ptce-resolved-territory
 * @Title: PtceResolvedTerritory
 * @Short_description: a territory as a set of communes of one vintage
 *
 * A #PtceResolvedTerritory is what ptce_geography_resolve() makes of a
 * #PtceTerritory: the set of current communes it covers in one vintage of
 * the official geography, whatever mix of communes, EPCI, départements and
 * régions it was given as, with the problems met on the way
 * (ptce_resolved_territory_get_problems()).
 *
 * It answers the questions the rules and the observatory ask: how many
 * communes and inhabitants, does it contain a commune, which EPCI,
 * départements and régions it touches, does it cover a whole EPCI, and
 * what it shares with another territory (ptce_resolved_territory_intersect()).
 *
 * The population is the sum of the legal populations of its communes in
 * the vintage.
 */

/**
 * PtceResolvedTerritory:
 *
 * A territory as a set of communes of one vintage. Its fields are private: use the accessors.
 *
 * Since: 1.0
 */

/**
 * PTCE_TYPE_RESOLVED_TERRITORY:
 *
 * The #GType of #PtceResolvedTerritory.
 *
 * Since: 1.0
 */

struct _PtceResolvedTerritory
{
  GObject      parent_instance;

  PtceGeoData *data;
  guint32     *bits;
  GListStore  *problems;
  char       **context;
  guint        n_communes;
  guint64      population;
};

/* The public type is abstract, so that a binding cannot make one out of
 * nothing (Ptce.ResolvedTerritory() raises a TypeError, new Ptce.ResolvedTerritory() throws): a
 * resolvedterritory only exists as the library hands it out. This private final
 * type is the one instantiated. */
G_DEFINE_ABSTRACT_TYPE (PtceResolvedTerritory, ptce_resolved_territory, G_TYPE_OBJECT)

typedef struct { PtceResolvedTerritory parent_instance; } PtceResolvedTerritoryHandle;
typedef struct { PtceResolvedTerritoryClass parent_class; } PtceResolvedTerritoryHandleClass;
static GType ptce_resolved_territory_handle_get_type (void);
G_DEFINE_FINAL_TYPE (PtceResolvedTerritoryHandle, ptce_resolved_territory_handle, PTCE_TYPE_RESOLVED_TERRITORY)
static void ptce_resolved_territory_handle_class_init (PtceResolvedTerritoryHandleClass *klass) { }
static void ptce_resolved_territory_handle_init (PtceResolvedTerritoryHandle *self) { }

enum {
  PROP_0,
  PROP_VINTAGE,
  PROP_N_COMMUNES,
  PROP_POPULATION,
  PROP_PROBLEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ptce_resolved_territory_finalize (GObject *object)
{
  PtceResolvedTerritory *self = (PtceResolvedTerritory *) object;

  g_clear_pointer (&self->bits, g_free);
  g_clear_object (&self->problems);
  g_clear_pointer (&self->context, g_strfreev);
  g_clear_pointer (&self->data, ptce_geo_data_unref);

  G_OBJECT_CLASS (ptce_resolved_territory_parent_class)->finalize (object);
}

static void
ptce_resolved_territory_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  PtceResolvedTerritory *self = PTCE_RESOLVED_TERRITORY (object);

  switch (prop_id)
    {
    case PROP_VINTAGE:
      g_value_set_string (value, ptce_resolved_territory_get_vintage (self));
      break;
    case PROP_N_COMMUNES:
      g_value_set_uint (value, self->n_communes);
      break;
    case PROP_POPULATION:
      g_value_set_uint64 (value, self->population);
      break;
    case PROP_PROBLEMS:
      g_value_set_object (value, self->problems);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ptce_resolved_territory_class_init (PtceResolvedTerritoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ptce_resolved_territory_finalize;
  object_class->get_property = ptce_resolved_territory_get_property;

  /**
   * PtceResolvedTerritory:vintage:
   *
   * The vintage of the geography the territory was resolved against.
   *
   * Since: 1.0
   */
  properties[PROP_VINTAGE] = g_param_spec_string ("vintage", NULL, NULL, NULL, ro);

  /**
   * PtceResolvedTerritory:n-communes:
   *
   * The number of current communes of the territory.
   *
   * Since: 1.0
   */
  properties[PROP_N_COMMUNES] =
    g_param_spec_uint ("n-communes", NULL, NULL, 0, G_MAXUINT, 0, ro);

  /**
   * PtceResolvedTerritory:population:
   *
   * The sum of the legal populations of the communes of the territory.
   *
   * Since: 1.0
   */
  properties[PROP_POPULATION] =
    g_param_spec_uint64 ("population", NULL, NULL, 0, G_MAXUINT64, 0, ro);

  /**
   * PtceResolvedTerritory:problems:
   *
   * The problems met while resolving, a #GListModel of
   * #PtceGeographyProblem.
   *
   * Since: 1.0
   */
  properties[PROP_PROBLEMS] =
    g_param_spec_object ("problems", NULL, NULL, G_TYPE_LIST_MODEL, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ptce_resolved_territory_init (PtceResolvedTerritory *self)
{
}

PtceResolvedTerritory *
ptce_resolved_territory_new_for_data (PtceGeoData *data,
                                      guint32     *bits,
                                      GListStore  *problems)
{
  PtceResolvedTerritory *self = g_object_new (ptce_resolved_territory_handle_get_type (), NULL);

  self->data = ptce_geo_data_ref (data);
  self->bits = bits;
  self->problems = problems;
  /* Word by word: a pole's territory is a few hundred communes out of
   * tens of thousands, and a check resolves one per pole. */
  for (guint w = 0; w < PTCE_GEO_BITS_WORDS (data->n_communes); w++)
    for (guint32 word = bits[w]; word != 0; word &= word - 1)
      {
        guint i = w * 32 + (guint) __builtin_ctz (word);

        self->n_communes++;
        self->population += GEO_U32 (data->communes[i].population);
      }
  return self;
}

void
ptce_resolved_territory_set_context (PtceResolvedTerritory  *self,
                                     char                  **codes)
{
  g_strfreev (self->context);
  self->context = codes;
}

const guint32 *
ptce_resolved_territory_get_bits (PtceResolvedTerritory *self)
{
  return self->bits;
}

PtceGeoData *
ptce_resolved_territory_get_data (PtceResolvedTerritory *self)
{
  return self->data;
}

/**
 * ptce_resolved_territory_get_vintage:
 * @self: a #PtceResolvedTerritory
 *
 * Gets the vintage of the geography the territory was resolved against.
 *
 * Returns: (transfer none): the vintage
 *
 * Since: 1.0
 */
const char *
ptce_resolved_territory_get_vintage (PtceResolvedTerritory *self)
{
  g_return_val_if_fail (PTCE_IS_RESOLVED_TERRITORY (self), NULL);
  return self->data->vintage;
}

/**
 * ptce_resolved_territory_get_n_communes:
 * @self: a #PtceResolvedTerritory
 *
 * Gets the number of current communes of the territory.
 *
 * Returns: the number of communes
 *
 * Since: 1.0
 */
guint
ptce_resolved_territory_get_n_communes (PtceResolvedTerritory *self)
{
  g_return_val_if_fail (PTCE_IS_RESOLVED_TERRITORY (self), 0);
  return self->n_communes;
}

/**
 * ptce_resolved_territory_is_empty:
 * @self: a #PtceResolvedTerritory
 *
 * Checks whether the territory has no commune: nothing was given, or
 * nothing that the vintage knows.
 *
 * Returns: %TRUE when the territory has no commune
 *
 * Since: 1.0
 */
gboolean
ptce_resolved_territory_is_empty (PtceResolvedTerritory *self)
{
  g_return_val_if_fail (PTCE_IS_RESOLVED_TERRITORY (self), TRUE);
  return self->n_communes == 0;
}

/**
 * ptce_resolved_territory_get_population:
 * @self: a #PtceResolvedTerritory
 *
 * Gets the sum of the legal populations of the communes of the territory.
 *
 * Returns: the population
 *
 * Since: 1.0
 */
guint64
ptce_resolved_territory_get_population (PtceResolvedTerritory *self)
{
  g_return_val_if_fail (PTCE_IS_RESOLVED_TERRITORY (self), 0);
  return self->population;
}

/**
 * ptce_resolved_territory_contains_commune:
 * @self: a #PtceResolvedTerritory
 * @commune: a commune code
 *
 * Checks whether the territory contains a commune. A delegated or
 * associated commune or a municipal arrondissement is in the territory
 * when the commune it belongs to is, and a former code stands for the
 * commune that bears it now.
 *
 * Returns: %TRUE when the commune is in the territory; %FALSE when it is
 *   not, or when the vintage does not know @commune
 *
 * Since: 1.0
 */
gboolean
ptce_resolved_territory_contains_commune (PtceResolvedTerritory *self,
                                          const char            *commune)
{
  gint index;

  g_return_val_if_fail (PTCE_IS_RESOLVED_TERRITORY (self), FALSE);
  g_return_val_if_fail (commune != NULL, FALSE);

  index = ptce_geo_data_current_index (self->data, commune);
  return index >= 0 && ptce_geo_bits_get (self->bits, (guint) index);
}

gboolean
ptce_resolved_territory_locate_commune (PtceResolvedTerritory *self,
                                        const char            *commune,
                                        gboolean              *known)
{
  gint index = ptce_geo_data_current_index_full (self->data, commune, known);

  return index >= 0 && ptce_geo_bits_get (self->bits, (guint) index);
}

static GArray *
indices (PtceResolvedTerritory *self)
{
  GArray *array = g_array_sized_new (FALSE, FALSE, sizeof (guint32), self->n_communes);

  for (guint32 i = 0; i < self->data->n_communes; i++)
    if (ptce_geo_bits_get (self->bits, i))
      g_array_append_val (array, i);
  return array;
}

/**
 * ptce_resolved_territory_dup_commune_codes:
 * @self: a #PtceResolvedTerritory
 *
 * Gets the codes of the communes of the territory, in code order.
 *
 * Returns: (transfer full) (array zero-terminated=1): the commune codes
 *
 * Since: 1.0
 */
char **
ptce_resolved_territory_dup_commune_codes (PtceResolvedTerritory *self)
{
  char **codes;
  guint n = 0;

  g_return_val_if_fail (PTCE_IS_RESOLVED_TERRITORY (self), NULL);

  codes = g_new0 (char *, self->n_communes + 1);
  for (guint i = 0; i < self->data->n_communes; i++)
    if (ptce_geo_bits_get (self->bits, i))
      codes[n++] = g_strdup (self->data->communes[i].code);
  return codes;
}

/**
 * ptce_resolved_territory_list_communes:
 * @self: a #PtceResolvedTerritory
 *
 * Lists the communes of the territory, in code order.
 *
 * Returns: (transfer full): a #GListModel of #PtceCommune
 *
 * Since: 1.0
 */
GListModel *
ptce_resolved_territory_list_communes (PtceResolvedTerritory *self)
{
  g_return_val_if_fail (PTCE_IS_RESOLVED_TERRITORY (self), NULL);
  return ptce_geo_list_new (self->data, PTCE_TYPE_COMMUNE, indices (self));
}

/**
 * ptce_resolved_territory_dup_context_codes:
 * @self: a #PtceResolvedTerritory
 *
 * Gets the codes of the territory that were read as context — the EPCI,
 * départements or régions a finer code of the territory lies in, coarser
 * than its scale — rather than as part of its extent (see
 * ptce_geography_resolve()).
 *
 * Returns: (transfer full) (array zero-terminated=1): the codes, in the
 *   order of the territory, possibly none
 *
 * Since: 1.0
 */
char **
ptce_resolved_territory_dup_context_codes (PtceResolvedTerritory *self)
{
  static const char * const none[] = { NULL };

  g_return_val_if_fail (PTCE_IS_RESOLVED_TERRITORY (self), NULL);
  return g_strdupv (self->context != NULL ? self->context : (char **) none);
}

/**
 * ptce_resolved_territory_get_problems:
 * @self: a #PtceResolvedTerritory
 *
 * Gets the problems met while resolving: codes that are malformed,
 * unknown or obsolete in the vintage, delegated communes given for
 * communes, a territory written in another vintage.
 *
 * Returns: (transfer none): a #GListModel of #PtceGeographyProblem
 *
 * Since: 1.0
 */
GListModel *
ptce_resolved_territory_get_problems (PtceResolvedTerritory *self)
{
  g_return_val_if_fail (PTCE_IS_RESOLVED_TERRITORY (self), NULL);
  return G_LIST_MODEL (self->problems);
}

/* Which of the EPCI (EPT when @ept) have at least one commune here. */
static char **
dup_groups (PtceResolvedTerritory *self,
            gboolean               ept)
{
  g_autofree gboolean *seen = g_new0 (gboolean, self->data->n_epcis);
  GPtrArray *codes = g_ptr_array_new ();

  for (guint i = 0; i < self->data->n_communes; i++)
    if (ptce_geo_bits_get (self->bits, i))
      {
        guint16 e = GEO_U16 (ept ? self->data->communes[i].ept : self->data->communes[i].epci);

        if (e != PTCE_GEO_NONE16)
          seen[e] = TRUE;
      }
  for (guint e = 0; e < self->data->n_epcis; e++)
    if (seen[e])
      g_ptr_array_add (codes, g_strdup (self->data->epcis[e].siren));
  g_ptr_array_add (codes, NULL);
  return (char **) g_ptr_array_free (codes, FALSE);
}

/**
 * ptce_resolved_territory_dup_epcis:
 * @self: a #PtceResolvedTerritory
 *
 * Gets the SIRENs of the EPCI à fiscalité propre that the territory
 * touches (at least one member commune is in it), in SIREN order.
 *
 * Returns: (transfer full) (array zero-terminated=1): the SIRENs
 *
 * Since: 1.0
 */
char **
ptce_resolved_territory_dup_epcis (PtceResolvedTerritory *self)
{
  g_return_val_if_fail (PTCE_IS_RESOLVED_TERRITORY (self), NULL);
  return dup_groups (self, FALSE);
}

/**
 * ptce_resolved_territory_dup_epts:
 * @self: a #PtceResolvedTerritory
 *
 * Gets the SIRENs of the établissements publics territoriaux of the
 * Métropole du Grand Paris that the territory touches.
 *
 * Returns: (transfer full) (array zero-terminated=1): the SIRENs
 *
 * Since: 1.0
 */
char **
ptce_resolved_territory_dup_epts (PtceResolvedTerritory *self)
{
  g_return_val_if_fail (PTCE_IS_RESOLVED_TERRITORY (self), NULL);
  return dup_groups (self, TRUE);
}

static char **
dup_areas (PtceResolvedTerritory *self,
           gboolean               regions)
{
  gboolean seen[256] = { FALSE, };
  GPtrArray *codes = g_ptr_array_new ();
  guint n = regions ? self->data->n_regions : self->data->n_departements;

  for (guint i = 0; i < self->data->n_communes; i++)
    if (ptce_geo_bits_get (self->bits, i))
      seen[regions ? self->data->communes[i].region : self->data->communes[i].departement] = TRUE;
  for (guint a = 0; a < n; a++)
    if (seen[a])
      g_ptr_array_add (codes, g_strdup (regions ? self->data->regions[a].code
                                                : self->data->departements[a].code));
  g_ptr_array_add (codes, NULL);
  return (char **) g_ptr_array_free (codes, FALSE);
}

/**
 * ptce_resolved_territory_dup_departements:
 * @self: a #PtceResolvedTerritory
 *
 * Gets the codes of the départements the territory touches, in code
 * order.
 *
 * Returns: (transfer full) (array zero-terminated=1): the département codes
 *
 * Since: 1.0
 */
char **
ptce_resolved_territory_dup_departements (PtceResolvedTerritory *self)
{
  g_return_val_if_fail (PTCE_IS_RESOLVED_TERRITORY (self), NULL);
  return dup_areas (self, FALSE);
}

/**
 * ptce_resolved_territory_dup_regions:
 * @self: a #PtceResolvedTerritory
 *
 * Gets the codes of the régions the territory touches, in code order.
 *
 * Returns: (transfer full) (array zero-terminated=1): the région codes
 *
 * Since: 1.0
 */
char **
ptce_resolved_territory_dup_regions (PtceResolvedTerritory *self)
{
  g_return_val_if_fail (PTCE_IS_RESOLVED_TERRITORY (self), NULL);
  return dup_areas (self, TRUE);
}

/**
 * ptce_resolved_territory_covers_epci:
 * @self: a #PtceResolvedTerritory
 * @siren: the SIREN of an EPCI or EPT
 *
 * Checks whether every member commune of an EPCI is in the territory.
 *
 * Returns: %TRUE when the territory covers the whole EPCI; %FALSE when it
 *   does not, or when the vintage has no EPCI of that SIREN
 *
 * Since: 1.0
 */
gboolean
ptce_resolved_territory_covers_epci (PtceResolvedTerritory *self,
                                     const char            *siren)
{
  gint e;
  guint32 first, count;

  g_return_val_if_fail (PTCE_IS_RESOLVED_TERRITORY (self), FALSE);
  g_return_val_if_fail (siren != NULL, FALSE);

  e = ptce_geo_data_find_epci (self->data, siren);
  if (e < 0)
    return FALSE;
  first = GEO_U32 (self->data->epcis[e].members_first);
  count = GEO_U32 (self->data->epcis[e].members_count);
  for (guint i = 0; i < count; i++)
    if (!ptce_geo_bits_get (self->bits, GEO_U32 (self->data->members[first + i])))
      return FALSE;
  return count > 0;
}

/**
 * ptce_resolved_territory_intersect:
 * @self: a #PtceResolvedTerritory
 * @other: a #PtceResolvedTerritory resolved against the same geography
 *
 * Computes the overlap of two territories: the communes they share. The
 * problems of both are kept, those of @self first.
 *
 * Returns: (transfer full): a new #PtceResolvedTerritory, empty when the
 *   territories share no commune
 *
 * Since: 1.0
 */
PtceResolvedTerritory *
ptce_resolved_territory_intersect (PtceResolvedTerritory *self,
                                   PtceResolvedTerritory *other)
{
  guint n_words;
  guint32 *bits;
  GListStore *problems;

  g_return_val_if_fail (PTCE_IS_RESOLVED_TERRITORY (self), NULL);
  g_return_val_if_fail (PTCE_IS_RESOLVED_TERRITORY (other), NULL);
  g_return_val_if_fail (self->data == other->data, NULL);

  n_words = PTCE_GEO_BITS_WORDS (self->data->n_communes);
  bits = g_new0 (guint32, n_words);
  for (guint w = 0; w < n_words; w++)
    bits[w] = self->bits[w] & other->bits[w];

  problems = g_list_store_new (PTCE_TYPE_GEOGRAPHY_PROBLEM);
  for (guint pass = 0; pass < 2; pass++)
    {
      GListModel *from = G_LIST_MODEL ((pass == 0 ? self : other)->problems);

      for (guint i = 0; i < g_list_model_get_n_items (from); i++)
        {
          g_autoptr(GObject) problem = g_list_model_get_item (from, i);
          g_list_store_append (problems, problem);
        }
    }
  return ptce_resolved_territory_new_for_data (self->data, bits, problems);
}
