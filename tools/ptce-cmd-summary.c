/* ptce-cmd-summary.c: `ptce summary FILE [--date YYYY[-MM[-DD]]]`
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * For each pole of a ptce/1 file, as of a date: name and id, stage,
 * territory, members by article 9 kind (ESS enterprises, partner links « en
 * lien avec »), cooperations active by mode, projects and the latest
 * observations. Only the public API of libptce is used. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "ptce-cli.h"

/* Lists of codes longer than this are cut, with the total given. */
#define MAX_CODES_SHOWN 12

/* ------------------------------------------------------------------ */
/* Words                                                              */

static const char *
actor_kind_label (PtceActorKind kind)
{
  switch (kind)
    {
    case PTCE_ACTOR_KIND_ENTERPRISE:
      return C_("article 9 kind, plural", "enterprises");
    case PTCE_ACTOR_KIND_ENTERPRISE_GROUPING:
      return C_("article 9 kind, plural", "groupings of enterprises");
    case PTCE_ACTOR_KIND_LOCAL_AUTHORITY:
      return C_("article 9 kind, plural", "local authorities");
    case PTCE_ACTOR_KIND_LOCAL_AUTHORITY_GROUPING:
      return C_("article 9 kind, plural", "groupings of local authorities");
    case PTCE_ACTOR_KIND_RESEARCH_CENTRE:
      return C_("article 9 kind, plural", "research centres");
    case PTCE_ACTOR_KIND_HIGHER_EDUCATION:
      return C_("article 9 kind, plural", "higher-education and research establishments");
    case PTCE_ACTOR_KIND_TRAINING_BODY:
      return C_("article 9 kind, plural", "training bodies");
    case PTCE_ACTOR_KIND_OTHER_LEGAL_PERSON:
      return C_("article 9 kind, plural", "other legal persons");
    case PTCE_ACTOR_KIND_NATURAL_PERSON:
      return C_("article 9 kind, plural", "natural persons");
    case PTCE_ACTOR_KIND_UNKNOWN:
    default:
      return C_("article 9 kind, plural", "kind not given");
    }
}

static const char *
stage_label (PtceStage stage)
{
  switch (stage)
    {
    case PTCE_STAGE_EMERGENCE:
      return C_("pole stage", "emergence");
    case PTCE_STAGE_CONSTRUCTION:
      return C_("pole stage", "construction");
    case PTCE_STAGE_CONSOLIDATION:
      return C_("pole stage", "consolidation");
    case PTCE_STAGE_DEVELOPMENT:
      return C_("pole stage", "development (change of scale)");
    case PTCE_STAGE_INACTIVE:
      return C_("pole stage", "inactive");
    case PTCE_STAGE_DISSOLVED:
      return C_("pole stage", "dissolved");
    case PTCE_STAGE_UNKNOWN:
    default:
      return C_("pole stage", "not known");
    }
}

static const char *
scale_label (PtceTerritoryScale scale)
{
  switch (scale)
    {
    case PTCE_TERRITORY_SCALE_NEIGHBOURHOOD:
      return C_("territory scale", "neighbourhood");
    case PTCE_TERRITORY_SCALE_COMMUNE:
      return C_("territory scale", "commune");
    case PTCE_TERRITORY_SCALE_INTERCOMMUNAL:
      return C_("territory scale", "intercommunal");
    case PTCE_TERRITORY_SCALE_PAYS:
      return C_("territory scale", "pays or PETR");
    case PTCE_TERRITORY_SCALE_INFRA_DEPARTEMENTAL:
      return C_("territory scale", "within a département");
    case PTCE_TERRITORY_SCALE_DEPARTEMENT:
      return C_("territory scale", "département");
    case PTCE_TERRITORY_SCALE_REGIONAL:
      return C_("territory scale", "région");
    case PTCE_TERRITORY_SCALE_INTERREGIONAL:
      return C_("territory scale", "several régions");
    case PTCE_TERRITORY_SCALE_UNKNOWN:
    default:
      return NULL;
    }
}

static const char *
mode_label (PtceCooperationMode mode)
{
  /* The three words of article 9 I. */
  switch (mode)
    {
    case PTCE_COOPERATION_MODE_MUTUALISATION:
      return C_("cooperation mode", "mutualisation");
    case PTCE_COOPERATION_MODE_COOPERATION:
      return C_("cooperation mode", "cooperation");
    case PTCE_COOPERATION_MODE_PARTENARIAT:
      return C_("cooperation mode", "partnership");
    default:
      return "?";
    }
}

/* ------------------------------------------------------------------ */
/* Layout helpers                                                     */

/* Between the parts of one line (French puts a space before ";"). */
static const char *
separator (void)
{
  return C_("ptce summary", "; ");
}

/* Appends @text padded with spaces to @width characters (not bytes). */
static void
append_padded (GString    *out,
               const char *text,
               gsize       width,
               gboolean    align_right)
{
  gsize len = g_utf8_strlen (text, -1);
  gsize pad = len < width ? width - len : 0;

  if (align_right)
    for (gsize i = 0; i < pad; i++)
      g_string_append_c (out, ' ');
  g_string_append (out, text);
  if (!align_right)
    for (gsize i = 0; i < pad; i++)
      g_string_append_c (out, ' ');
}

static gsize
text_width (const char *text)
{
  return g_utf8_strlen (text, -1);
}

/* A date as the summary's sentences write it: ISO in English, in words in
 * French (ptce_date_to_words()). */
static char *
date_text (PtceDate *date)
{
  return date != NULL ? ptce_date_to_words (date) : NULL;
}

static gboolean
is_full_day (PtceDate *date)
{
  return ptce_date_get_precision (date) == PTCE_DATE_PRECISION_DAY;
}

/* "2014", "2014–2019", "2014–", "–2019" or NULL. */
static char *
period_text (PtceDate *start,
             PtceDate *end)
{
  g_autofree char *s = date_text (start);
  g_autofree char *e = date_text (end);

  if (s == NULL && e == NULL)
    return NULL;
  if (s != NULL && e != NULL && strcmp (s, e) == 0)
    return g_steal_pointer (&s);
  return g_strdup_printf ("%s–%s", s != NULL ? s : "", e != NULL ? e : "");
}

static void
append_codes (GString            *out,
              const char         *label,
              const char * const *codes)
{
  guint n = codes != NULL ? g_strv_length ((char **) codes) : 0;

  if (n == 0)
    return;
  g_string_append_printf (out, "    %s ", label);
  for (guint i = 0; i < n && i < MAX_CODES_SHOWN; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      g_string_append (out, codes[i]);
    }
  if (n > MAX_CODES_SHOWN)
    {
      g_string_append (out, ", … ");
      /* TRANSLATORS: after a list of codes that was cut short */
      g_string_append_printf (out, ngettext ("(%u in all)", "(%u in all)", n), n);
    }
  g_string_append_c (out, '\n');
}

/* A figure as people read it: grouped digits, no useless decimals. */
static char *
value_text (double value)
{
  if (!isfinite (value))
    return g_strdup_printf ("%g", value);
  if (fabs (value) < 1e15 && value == floor (value))
    return g_strdup_printf ("%'.0f", value);
  if (fabs (value * 10 - round (value * 10)) < 1e-9)
    return g_strdup_printf ("%'.1f", value);
  return g_strdup_printf ("%'.2f", value);
}

/* ------------------------------------------------------------------ */
/* Sections                                                           */

static void
append_stage (GString  *out,
              PtcePole *pole,
              PtceDate *when,
              const char *when_text)
{
  PtceStage stage;
  PtceDate *since = NULL;
  guint32 when_day = ptce_date_get_first_julian (when);
  g_autofree char *since_text = NULL;

  if (!ptce_pole_exists_on (pole, when))
    {
      g_autofree char *founded = date_text (ptce_pole_get_founded (pole));
      g_autofree char *dissolved = date_text (ptce_pole_get_dissolved (pole));

      g_string_append (out, "  ");
      if (dissolved != NULL && ptce_date_get_first_julian (ptce_pole_get_dissolved (pole)) <= when_day)
        {
          /* French says « le 3 avril 2020 » but « en 2020 »: one sentence
           * for a day, one for a month or a year */
          if (is_full_day (ptce_pole_get_dissolved (pole)))
            g_string_append_printf (out, _("Stage on %s: dissolved on %s"), when_text, dissolved);
          else
            g_string_append_printf (out, _("Stage on %s: dissolved in %s"), when_text, dissolved);
        }
      else if (founded != NULL)
        g_string_append_printf (out, _("Stage on %s: not yet founded (founded in %s)"), when_text, founded);
      else
        g_string_append_printf (out, _("Stage on %s: does not exist on that date"), when_text);
      g_string_append_c (out, '\n');
      return;
    }

  stage = ptce_pole_get_stage_on (pole, when);
  /* The change that set the stage in force on @when: the latest one that
   * starts on or before it. */
  for (guint i = 0; i < ptce_pole_get_n_stage_changes (pole); i++)
    {
      PtceDate *change_since = NULL;
      PtceStage change = ptce_pole_get_stage_change (pole, i, &change_since);

      if (change != stage || change_since == NULL)
        continue;
      if (ptce_date_get_first_julian (change_since) > when_day)
        continue;
      if (since == NULL || ptce_date_compare (change_since, since) > 0)
        since = change_since;
    }
  since_text = date_text (since);

  g_string_append (out, "  ");
  if (since_text != NULL && is_full_day (since))
    g_string_append_printf (out, _("Stage on %s: %s, since %s"), when_text, stage_label (stage), since_text);
  else if (since_text != NULL)
    /* TRANSLATORS: the last %s is a month or a year (French: « depuis mars
     * 2017 », where a day reads « depuis le 1er mars 2017 ») */
    g_string_append_printf (out, C_("since a month or a year", "Stage on %s: %s, since %s"),
                            when_text, stage_label (stage), since_text);
  else
    g_string_append_printf (out, _("Stage on %s: %s"), when_text, stage_label (stage));
  g_string_append_c (out, '\n');
}

static void
append_territory (GString  *out,
                  PtcePole *pole)
{
  PtceTerritory *territory = ptce_pole_get_territory (pole);
  const char *name;
  const char *scale;
  const char *vintage;

  g_string_append (out, "  ");
  if (territory == NULL)
    {
      g_string_append (out, _("Territory: not given"));
      g_string_append_c (out, '\n');
      return;
    }

  name = ptce_territory_get_name (territory);
  scale = scale_label (ptce_territory_get_scale (territory));
  vintage = ptce_territory_get_vintage (territory);

  g_string_append_printf (out, _("Territory: %s"),
                          name != NULL && *name != '\0' ? name : C_("ptce summary", "(no name)"));
  if (scale != NULL)
    {
      g_string_append (out, separator ());
      g_string_append_printf (out, _("scale: %s"), scale);
    }
  if (vintage != NULL && *vintage != '\0')
    {
      g_string_append (out, separator ());
      /* TRANSLATORS: COG is INSEE's code officiel géographique */
      g_string_append_printf (out, _("COG %s"), vintage);
    }
  g_string_append_c (out, '\n');

  append_codes (out, C_("ptce summary", "communes:"), ptce_territory_get_communes (territory));
  append_codes (out, C_("ptce summary", "EPCI:"), ptce_territory_get_epcis (territory));
  append_codes (out, C_("ptce summary", "départements:"), ptce_territory_get_departements (territory));
  append_codes (out, C_("ptce summary", "régions:"), ptce_territory_get_regions (territory));
  if (!ptce_territory_is_delimited (territory))
    {
      g_string_append (out, "    ");
      g_string_append (out, _("(not delimited by communes or EPCI)"));
      g_string_append_c (out, '\n');
    }
}

typedef struct {
  guint members;
  guint ess;
  guint links;
} KindCount;

static void
append_members (GString    *out,
                PtcePole   *pole,
                PtceDate   *when,
                const char *when_text)
{
  g_autoptr(GListModel) members = ptce_pole_list_members_on (pole, when);
  g_autoptr(GListModel) active = ptce_pole_list_memberships_active_on (pole, when);
  g_autoptr(GHashTable) member_set = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) link_set = g_hash_table_new (NULL, NULL);
  g_autoptr(GEnumClass) kinds = g_type_class_ref (PTCE_TYPE_ACTOR_KIND);
  g_autofree KindCount *counts = g_new0 (KindCount, kinds->n_values);
  guint n_members = 0, n_ess = 0, n_links = 0;
  const char *h_kind = C_("summary table", "kind (article 9)");
  const char *h_members = C_("summary table", "members");
  const char *h_ess = C_("summary table", "of which ESS");
  const char *h_links = C_("summary table", "links");
  gsize w_kind, w_members, w_ess, w_links;
  GHashTableIter iter;
  gpointer key;

  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(PtceMembership) membership = g_list_model_get_item (members, i);

      g_hash_table_add (member_set, ptce_membership_get_actor (membership));
    }
  for (guint i = 0; i < g_list_model_get_n_items (active); i++)
    {
      g_autoptr(PtceMembership) membership = g_list_model_get_item (active, i);
      PtceActor *actor = ptce_membership_get_actor (membership);

      if (!g_hash_table_contains (member_set, actor))
        g_hash_table_add (link_set, actor);
    }

  g_hash_table_iter_init (&iter, member_set);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      PtceActor *actor = key;
      GEnumValue *v = g_enum_get_value (kinds, ptce_actor_get_kind (actor));
      KindCount *c = v != NULL ? &counts[v - kinds->values] : &counts[0];

      c->members++;
      n_members++;
      if (ptce_actor_is_ess_enterprise (actor))
        {
          c->ess++;
          n_ess++;
        }
    }
  g_hash_table_iter_init (&iter, link_set);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      PtceActor *actor = key;
      GEnumValue *v = g_enum_get_value (kinds, ptce_actor_get_kind (actor));
      KindCount *c = v != NULL ? &counts[v - kinds->values] : &counts[0];

      c->links++;
      n_links++;
    }

  g_string_append (out, "  ");
  /* TRANSLATORS: article 9 I: members « s'associent », and the pole is
   * « en lien avec » the other bodies (partner links) */
  g_string_append_printf (out, _("Members on %s: %u (ESS enterprises: %u); partner links (« en lien avec »): %u"),
                          when_text, n_members, n_ess, n_links);
  g_string_append_c (out, '\n');
  if (n_members == 0 && n_links == 0)
    return;

  w_kind = text_width (h_kind);
  for (guint i = 0; i < kinds->n_values; i++)
    if (counts[i].members > 0 || counts[i].links > 0)
      w_kind = MAX (w_kind, text_width (actor_kind_label (kinds->values[i].value)));
  w_members = MAX (text_width (h_members), 4);
  w_ess = MAX (text_width (h_ess), 4);
  w_links = MAX (text_width (h_links), 4);

  g_string_append (out, "    ");
  append_padded (out, h_kind, w_kind, FALSE);
  g_string_append (out, "  ");
  append_padded (out, h_members, w_members, TRUE);
  g_string_append (out, "  ");
  append_padded (out, h_ess, w_ess, TRUE);
  g_string_append (out, "  ");
  append_padded (out, h_links, w_links, TRUE);
  g_string_append_c (out, '\n');

  /* Article 9's order, the kind not given last. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < kinds->n_values; i++)
      {
        gboolean unknown = kinds->values[i].value == PTCE_ACTOR_KIND_UNKNOWN;
        char num[16];

        if (unknown != (pass == 1))
          continue;
        if (counts[i].members == 0 && counts[i].links == 0)
          continue;
        g_string_append (out, "    ");
        append_padded (out, actor_kind_label (kinds->values[i].value), w_kind, FALSE);
        g_string_append (out, "  ");
        g_snprintf (num, sizeof num, "%u", counts[i].members);
        append_padded (out, num, w_members, TRUE);
        g_string_append (out, "  ");
        g_snprintf (num, sizeof num, "%u", counts[i].ess);
        append_padded (out, counts[i].members > 0 ? num : "", w_ess, TRUE);
        g_string_append (out, "  ");
        g_snprintf (num, sizeof num, "%u", counts[i].links);
        append_padded (out, num, w_links, TRUE);
        g_string_append_c (out, '\n');
      }
}

static void
append_cooperations (GString    *out,
                     PtcePole   *pole,
                     PtceDate   *when,
                     const char *when_text)
{
  g_autoptr(GListModel) active = ptce_pole_list_cooperations_active_on (pole, when);
  g_autoptr(GEnumClass) modes = g_type_class_ref (PTCE_TYPE_COOPERATION_MODE);
  g_autofree guint *counts = g_new0 (guint, modes->n_values);
  guint n = g_list_model_get_n_items (active);
  gsize width = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PtceCooperation) cooperation = g_list_model_get_item (active, i);
      GEnumValue *v = g_enum_get_value (modes, ptce_cooperation_get_mode (cooperation));

      if (v != NULL)
        counts[v - modes->values]++;
    }

  g_string_append (out, "  ");
  g_string_append_printf (out, _("Cooperations active on %s: %u"), when_text, n);
  g_string_append_c (out, '\n');
  if (n == 0)
    return;

  for (guint i = 0; i < modes->n_values; i++)
    width = MAX (width, text_width (mode_label (modes->values[i].value)));
  for (guint i = 0; i < modes->n_values; i++)
    {
      g_string_append (out, "    ");
      append_padded (out, mode_label (modes->values[i].value), width, FALSE);
      g_string_append_printf (out, "  %u\n", counts[i]);
    }
}

static void
append_projects (GString  *out,
                 PtcePole *pole,
                 PtceDate *when)
{
  GListModel *projects = ptce_pole_get_projects (pole);
  guint n = g_list_model_get_n_items (projects);

  g_string_append (out, "  ");
  g_string_append_printf (out, _("Projects: %u"), n);
  g_string_append_c (out, '\n');

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PtceProject) project = g_list_model_get_item (projects, i);
      const char *title = ptce_project_get_title (project);
      PtceInnovation innovation = ptce_project_get_innovation (project);
      g_autofree char *period = period_text (ptce_project_get_start (project),
                                             ptce_project_get_end (project));
      g_autoptr(GPtrArray) notes = g_ptr_array_new ();

      if (period != NULL)
        g_ptr_array_add (notes, period);
      if (innovation & PTCE_INNOVATION_SOCIAL)
        g_ptr_array_add (notes, (gpointer) C_("ptce summary", "social innovation"));
      if (innovation & PTCE_INNOVATION_TECHNOLOGICAL)
        g_ptr_array_add (notes, (gpointer) C_("ptce summary", "technological innovation"));
      g_ptr_array_add (notes, (gpointer) (ptce_project_is_active_on (project, when)
                                          ? _("running on that date")
                                          : _("not running on that date")));
      g_ptr_array_add (notes, NULL);

      g_string_append_printf (out, "    - %s (",
                              title != NULL && *title != '\0' ? title : ptce_project_get_id (project));
      for (guint j = 0; notes->pdata[j] != NULL; j++)
        {
          if (j > 0)
            g_string_append (out, separator ());
          g_string_append (out, notes->pdata[j]);
        }
      g_string_append (out, ")\n");
    }
}

/* The end of an observation's period, or its start when it has no end. */
static PtceDate *
observation_date (PtceObservation *observation)
{
  PtceDate *end = ptce_observation_get_end (observation);

  return end != NULL ? end : ptce_observation_get_start (observation);
}

static int
compare_indicator (gconstpointer a,
                   gconstpointer b)
{
  PtceObservation *oa = *(PtceObservation **) a;
  PtceObservation *ob = *(PtceObservation **) b;

  return g_strcmp0 (ptce_observation_get_indicator (oa),
                    ptce_observation_get_indicator (ob));
}

static void
append_observations (GString     *out,
                     PtceDataset *dataset,
                     PtcePole    *pole,
                     PtceDate    *when)
{
  g_autoptr(GListModel) observations =
    ptce_dataset_list_observations_of (dataset, ptce_pole_get_id (pole));
  g_autoptr(GHashTable) latest = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) shown = g_ptr_array_new ();
  guint32 when_day = ptce_date_get_last_julian (when);
  GHashTableIter iter;
  gpointer value;

  /* Per indicator, the latest figure known on @when. */
  for (guint i = 0; i < g_list_model_get_n_items (observations); i++)
    {
      g_autoptr(PtceObservation) observation = g_list_model_get_item (observations, i);
      const char *indicator = ptce_observation_get_indicator (observation);
      PtceDate *start = ptce_observation_get_start (observation);
      PtceDate *date = observation_date (observation);
      PtceObservation *known;

      if (start != NULL && ptce_date_get_first_julian (start) > when_day)
        continue;
      known = g_hash_table_lookup (latest, indicator);
      if (known != NULL)
        {
          PtceDate *known_date = observation_date (known);

          if (date == NULL)
            continue;
          if (known_date != NULL && ptce_date_compare (date, known_date) <= 0)
            continue;
        }
      /* The list model holds a reference for as long as we look. */
      g_hash_table_insert (latest, (gpointer) indicator, observation);
    }

  g_string_append (out, "  ");
  if (g_hash_table_size (latest) == 0)
    {
      g_string_append (out, _("Latest observations: none"));
      g_string_append_c (out, '\n');
      return;
    }
  g_string_append (out, _("Latest observations:"));
  g_string_append_c (out, '\n');

  g_hash_table_iter_init (&iter, latest);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (shown, value);
  g_ptr_array_sort (shown, compare_indicator);

  for (guint i = 0; i < shown->len; i++)
    {
      PtceObservation *observation = shown->pdata[i];
      const char *unit = ptce_observation_get_unit (observation);
      const char *source = ptce_observation_get_source (observation);
      g_autofree char *figure = value_text (ptce_observation_get_value (observation));
      g_autofree char *period = period_text (ptce_observation_get_start (observation),
                                             ptce_observation_get_end (observation));

      g_string_append (out, "    ");
      /* TRANSLATORS: an indicator id ("members", "jobs"…), then its figure */
      g_string_append_printf (out, C_("ptce summary", "%s: %s"),
                              ptce_observation_get_indicator (observation), figure);
      if (unit != NULL && *unit != '\0')
        g_string_append_printf (out, " %s", unit);
      if (period != NULL)
        g_string_append_printf (out, " (%s)", period);
      if (source != NULL && *source != '\0')
        {
          g_string_append (out, separator ());
          g_string_append_printf (out, _("source: %s"), source);
        }
      g_string_append_c (out, '\n');
    }
}

static void
append_pole (GString     *out,
             PtceDataset *dataset,
             PtcePole    *pole,
             PtceDate    *when,
             const char  *when_text,
             const char **extra)
{
  const char *name = ptce_pole_get_name (pole);
  PtceActor *carrier = ptce_pole_get_carrier (pole);
  g_autofree char *founded = date_text (ptce_pole_get_founded (pole));

  g_string_append_printf (out, "%s (%s)\n",
                          name != NULL && *name != '\0' ? name : C_("ptce summary", "(no name)"),
                          ptce_pole_get_id (pole));
  for (guint i = 0; extra != NULL && extra[i] != NULL; i++)
    g_string_append_printf (out, "  %s\n", extra[i]);
  if (founded != NULL)
    {
      g_string_append (out, "  ");
      g_string_append_printf (out, _("Founded: %s"), founded);
      g_string_append_c (out, '\n');
    }
  if (carrier != NULL)
    {
      const char *carrier_name = ptce_actor_get_name (carrier);

      g_string_append (out, "  ");
      g_string_append_printf (out, _("Carried by: %s"),
                              carrier_name != NULL ? carrier_name : ptce_actor_get_id (carrier));
      g_string_append_c (out, '\n');
    }
  append_stage (out, pole, when, when_text);
  append_territory (out, pole);
  append_members (out, pole, when, when_text);
  append_cooperations (out, pole, when, when_text);
  append_projects (out, pole, when);
  append_observations (out, dataset, pole, when);
}

void
ptce_cli_append_pole_summary (GString      *out,
                              PtceDataset  *dataset,
                              PtcePole     *pole,
                              PtceDate     *when,
                              const char  **extra)
{
  g_autofree char *when_text = ptce_date_to_words (when);

  append_pole (out, dataset, pole, when, when_text, extra);
}

/* ------------------------------------------------------------------ */

int
ptce_cmd_summary (int    argc,
                  char **argv)
{
  g_autofree char *date_arg = NULL;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "date", 'd', 0, G_OPTION_ARG_STRING, &date_arg,
      N_("Summarise as of this date instead of today"), N_("YYYY[-MM[-DD]]") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, NULL },
    { NULL }
  };
  g_autoptr(PtceDate) when = NULL;
  g_autoptr(PtceDataset) dataset = NULL;
  g_autofree char *when_text = NULL;
  g_autoptr(GString) out = NULL;
  GListModel *poles;
  guint n_poles;

  if (!ptce_cli_parse_options (C_("ptce summary", "FILE"), entries,
                               _("Summarises each pole of a ptce/1 file as of a date: stage, territory, members by article 9 kind, cooperations by mode, projects and latest observations."),
                               NULL, &argc, &argv))
    return PTCE_EXIT_INVALID;

  if (ptce_cli_n_args (files) != 1)
    {
      ptce_cli_print_errorf (ptce_cli_n_args (files) == 0
                             ? _("summary: a FILE is needed (see “%s”)")
                             : _("summary: only one FILE can be summarised at a time (see “%s”)"),
                             "ptce summary --help");
      return PTCE_EXIT_INVALID;
    }

  when = ptce_cli_parse_date (date_arg);
  if (when == NULL)
    return PTCE_EXIT_INVALID;
  when_text = ptce_date_to_words (when);

  dataset = ptce_cli_load_dataset (files[0]);
  if (dataset == NULL)
    return PTCE_EXIT_INVALID;

  out = g_string_new (NULL);
  poles = ptce_dataset_get_poles (dataset);
  n_poles = g_list_model_get_n_items (poles);

  {
    const char *title = ptce_dataset_get_title (dataset);

    if (title != NULL && *title != '\0')
      g_string_append_printf (out, "%s\n", title);
    g_string_append_printf (out, ngettext ("%u pole, as of %s", "%u poles, as of %s", n_poles),
                            n_poles, when_text);
    g_string_append_c (out, '\n');
  }

  for (guint i = 0; i < n_poles; i++)
    {
      g_autoptr(PtcePole) pole = g_list_model_get_item (poles, i);

      g_string_append_c (out, '\n');
      append_pole (out, dataset, pole, when, when_text, NULL);
    }

  g_print ("%s", out->str);
  return PTCE_EXIT_OK;
}
