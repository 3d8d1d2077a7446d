/* ptce-cmd-territory.c: `ptce territory QUERY` and `ptce territory FILE`
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * QUERY is a commune code, a SIREN (of an EPCI, an EPT or a commune), a
 * département or région code, a postal code, or a name: the command says
 * what it is in the official geography, its name, its parents, and for an
 * EPCI its members. FILE is a ptce/1 file: the command resolves the
 * territory of each pole (or of --pole ID) and says what it covers and what
 * is wrong with it. Exit status: 0 when something was found, 1 when the
 * query names nothing or a territory has problems, 2 for bad usage or input.
 * Only the public API of libptce is used. */
#include "config.h"

#include <string.h>

#include "ptce-cli.h"

static void
line (GString    *out,
      const char *label,
      const char *value)
{
  g_string_append (out, "  ");
  /* TRANSLATORS: a label of `ptce territory` and its value, as in
   * "Département: 26 Drôme" */
  g_string_append_printf (out, C_("territory: label, value", "%s: %s"), label, value);
  g_string_append_c (out, '\n');
}

static const char *
epci_kind_label (PtceEpciKind kind)
{
  switch (kind)
    {
    case PTCE_EPCI_KIND_CC:
      return _("communauté de communes");
    case PTCE_EPCI_KIND_CA:
      return _("communauté d'agglomération");
    case PTCE_EPCI_KIND_CU:
      return _("communauté urbaine");
    case PTCE_EPCI_KIND_METROPOLE:
      return _("métropole");
    case PTCE_EPCI_KIND_METROPOLE_LYON:
      return _("Métropole de Lyon (collectivity with a special status)");
    case PTCE_EPCI_KIND_EPT:
    default:
      return _("établissement public territorial of the Métropole du Grand Paris (not an EPCI à fiscalité propre)");
    }
}

static const char *
commune_kind_heading (PtceCommuneKind kind)
{
  switch (kind)
    {
    case PTCE_COMMUNE_KIND_CURRENT:
      return _("Commune");
    case PTCE_COMMUNE_KIND_DELEGATED:
      return _("Delegated commune");
    case PTCE_COMMUNE_KIND_ASSOCIATED:
      return _("Associated commune");
    case PTCE_COMMUNE_KIND_MUNICIPAL_ARRONDISSEMENT:
    default:
      return _("Municipal arrondissement");
    }
}

/* "26 Drôme", or the code alone when the geography does not know it. */
static char *
departement_text (PtceGeography *geo,
                  const char    *code)
{
  g_autoptr(PtceDepartement) d = ptce_geography_lookup_departement (geo, code);

  return d != NULL ? g_strdup_printf ("%s %s", code, ptce_departement_get_name (d)) : g_strdup (code);
}

static char *
region_text (PtceGeography *geo,
             const char    *code)
{
  g_autoptr(PtceRegion) r = ptce_geography_lookup_region (geo, code);

  return r != NULL ? g_strdup_printf ("%s %s", code, ptce_region_get_name (r)) : g_strdup (code);
}

static char *
commune_text (PtceGeography *geo,
              const char    *code)
{
  g_autoptr(PtceCommune) c = ptce_geography_lookup_commune (geo, code);

  return c != NULL ? g_strdup_printf ("%s %s", code, ptce_commune_get_name (c)) : g_strdup (code);
}

static char *
epci_text (PtceGeography *geo,
           const char    *siren)
{
  g_autoptr(PtceEpci) e = ptce_geography_lookup_epci (geo, siren);

  return e != NULL ? g_strdup_printf ("%s %s", siren, ptce_epci_get_name (e)) : g_strdup (siren);
}

static char *
join_texts (PtceGeography *geo,
            const char * const *codes,
            char *(*text) (PtceGeography *, const char *))
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; codes != NULL && codes[i] != NULL; i++)
    {
      g_autofree char *one = text (geo, codes[i]);

      if (i > 0)
        g_string_append (out, ", ");
      g_string_append (out, one);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
heading (GString    *out,
         const char *what,
         const char *code,
         const char *name,
         const char *vintage)
{
  /* TRANSLATORS: "Commune 26281 Romans-sur-Isère (2026)": what it is, its
   * code, its name, the vintage of the geographic code */
  g_string_append_printf (out, C_("territory: heading", "%s %s %s (%s)"), what, code, name, vintage);
  g_string_append_c (out, '\n');
}

static void
describe_commune (GString       *out,
                  PtceGeography *geo,
                  PtceCommune   *c)
{
  g_autofree char *dep = departement_text (geo, ptce_commune_get_departement (c));
  g_autofree char *reg = region_text (geo, ptce_commune_get_region (c));
  const char *parent = ptce_commune_get_parent (c);
  const char *epci = ptce_commune_get_epci (c);
  const char *ept = ptce_commune_get_ept (c);
  const char *siren = ptce_commune_get_siren (c);
  const char * const *postal = ptce_commune_get_postal_codes (c);
  const char * const *former = ptce_commune_get_former_codes (c);

  heading (out, commune_kind_heading (ptce_commune_get_kind (c)), ptce_commune_get_code (c),
           ptce_commune_get_name (c), ptce_commune_get_vintage (c));
  if (parent != NULL)
    {
      g_autofree char *text = commune_text (geo, parent);
      line (out, _("Part of the commune"), text);
    }
  line (out, _("Département"), dep);
  line (out, _("Région"), reg);
  if (epci != NULL)
    {
      g_autoptr(PtceEpci) e = ptce_geography_lookup_epci (geo, epci);
      g_autofree char *text = g_strdup_printf ("%s %s (%s)", epci, ptce_epci_get_name (e),
                                               epci_kind_label (ptce_epci_get_kind (e)));
      line (out, _("EPCI"), text);
    }
  else if (ptce_commune_is_current (c))
    line (out, _("EPCI"), _("none (the commune is in no EPCI à fiscalité propre)"));
  if (ept != NULL)
    {
      g_autofree char *text = epci_text (geo, ept);
      line (out, _("EPT"), text);
    }
  if (ptce_commune_get_population (c) > 0)
    {
      g_autofree char *text = g_strdup_printf ("%u", ptce_commune_get_population (c));
      line (out, _("Population"), text);
    }
  if (siren != NULL)
    line (out, _("SIREN"), siren);
  if (postal[0] != NULL)
    {
      g_autofree char *text = g_strjoinv (", ", (char **) postal);
      line (out, _("Postal codes"), text);
    }
  if (former[0] != NULL)
    {
      g_autofree char *text = g_strjoinv (", ", (char **) former);
      line (out, _("Former codes"), text);
    }
}

static void
describe_epci (GString       *out,
               PtceGeography *geo,
               PtceEpci      *e)
{
  const char * const *members = ptce_epci_get_members (e);
  g_autofree char *deps = join_texts (geo, ptce_epci_get_departements (e), departement_text);
  g_autoptr(GPtrArray) regions = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *regs = NULL;
  g_autofree char *population = NULL;
  g_autofree char *members_label = NULL;
  const char *tax = ptce_epci_get_tax_regime (e);

  /* The régions are those of its départements. */
  for (const char * const *d = ptce_epci_get_departements (e); *d != NULL; d++)
    {
      g_autoptr(PtceDepartement) dep = ptce_geography_lookup_departement (geo, *d);
      const char *region = dep != NULL ? ptce_departement_get_region (dep) : NULL;

      if (region != NULL && !g_ptr_array_find_with_equal_func (regions, region, g_str_equal, NULL))
        g_ptr_array_add (regions, g_strdup (region));
    }
  g_ptr_array_add (regions, NULL);
  regs = join_texts (geo, (const char * const *) regions->pdata, region_text);

  heading (out, ptce_epci_is_fiscal (e) ? _("EPCI") : _("EPT"), ptce_epci_get_siren (e),
           ptce_epci_get_name (e), ptce_epci_get_vintage (e));
  if (tax != NULL)
    {
      /* TRANSLATORS: the kind of an EPCI, then its tax regime (FPU or FA) */
      g_autofree char *text = g_strdup_printf (_("%s, tax regime %s"),
                                               epci_kind_label (ptce_epci_get_kind (e)), tax);
      line (out, _("Kind"), text);
    }
  else
    line (out, _("Kind"), epci_kind_label (ptce_epci_get_kind (e)));
  line (out, _("Départements"), deps);
  line (out, _("Régions"), regs);
  /* TRANSLATORS: the municipal population, then the total population */
  population = g_strdup_printf (_("%u (total %u)"), ptce_epci_get_population (e),
                                ptce_epci_get_total_population (e));
  line (out, _("Population"), population);
  members_label = g_strdup_printf (_("Members (%u)"), ptce_epci_get_n_members (e));
  g_string_append (out, "  ");
  g_string_append_printf (out, C_("territory: list heading", "%s:"), members_label);
  g_string_append_c (out, '\n');
  for (guint i = 0; members[i] != NULL; i++)
    {
      g_autofree char *text = commune_text (geo, members[i]);
      g_string_append_printf (out, "    %s\n", text);
    }
}

static void
describe_departement (GString         *out,
                      PtceGeography   *geo,
                      PtceDepartement *d)
{
  const char *region = ptce_departement_get_region (d);
  const char *chef_lieu = ptce_departement_get_chef_lieu (d);
  g_autofree char *communes = g_strdup_printf ("%u", ptce_departement_get_n_communes (d));
  g_autofree char *population = g_strdup_printf ("%" G_GUINT64_FORMAT, ptce_departement_get_population (d));

  heading (out, _("Département"), ptce_departement_get_code (d), ptce_departement_get_name (d),
           ptce_departement_get_vintage (d));
  if (region != NULL)
    {
      g_autofree char *text = region_text (geo, region);
      line (out, _("Région"), text);
    }
  if (chef_lieu != NULL)
    {
      g_autofree char *text = commune_text (geo, chef_lieu);
      line (out, _("Chef-lieu"), text);
    }
  line (out, _("Communes"), communes);
  line (out, _("Population"), population);
}

static void
describe_region (GString       *out,
                 PtceGeography *geo,
                 PtceRegion    *r)
{
  const char *chef_lieu = ptce_region_get_chef_lieu (r);
  g_autofree char *deps = join_texts (geo, ptce_region_get_departements (r), departement_text);
  g_autofree char *communes = g_strdup_printf ("%u", ptce_region_get_n_communes (r));
  g_autofree char *population = g_strdup_printf ("%" G_GUINT64_FORMAT, ptce_region_get_population (r));

  heading (out, _("Région"), ptce_region_get_code (r), ptce_region_get_name (r),
           ptce_region_get_vintage (r));
  line (out, _("Départements"), deps);
  if (chef_lieu != NULL)
    {
      g_autofree char *text = commune_text (geo, chef_lieu);
      line (out, _("Chef-lieu"), text);
    }
  line (out, _("Communes"), communes);
  line (out, _("Population"), population);
}

static gboolean
all_digits (const char *s,
            gsize       n)
{
  if (strlen (s) != n)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isdigit (s[i]))
      return FALSE;
  return TRUE;
}

static void
list_communes (GString       *out,
               PtceGeography *geo,
               GListModel    *communes)
{
  for (guint i = 0; i < g_list_model_get_n_items (communes); i++)
    {
      g_autoptr(PtceCommune) c = g_list_model_get_item (communes, i);
      g_autofree char *dep = departement_text (geo, ptce_commune_get_departement (c));

      if (ptce_commune_is_current (c))
        g_string_append_printf (out, "  %s %s (%s)\n", ptce_commune_get_code (c),
                                ptce_commune_get_name (c), dep);
      else
        /* TRANSLATORS: code, name, département, kind, code of the commune
         * it belongs to: "01015 Arbignieu (01 Ain), delegated commune of 01015" */
        g_string_append_printf (out, _("  %s %s (%s), %s of %s\n"), ptce_commune_get_code (c),
                                ptce_commune_get_name (c), dep,
                                ptce_commune_get_kind (c) == PTCE_COMMUNE_KIND_DELEGATED ? _("delegated commune") :
                                ptce_commune_get_kind (c) == PTCE_COMMUNE_KIND_ASSOCIATED ? _("associated commune") :
                                _("municipal arrondissement"),
                                ptce_commune_get_parent (c));
    }
}

/* Describes what QUERY names; returns whether anything was found. */
static gboolean
describe_query (GString       *out,
                PtceGeography *geo,
                const char    *query,
                guint          limit)
{
  gboolean found = FALSE;

  if (all_digits (query, 9))
    {
      g_autoptr(PtceEpci) e = ptce_geography_lookup_epci (geo, query);
      g_autoptr(PtceCommune) c = e == NULL ? ptce_geography_lookup_commune_by_siren (geo, query) : NULL;

      if (e != NULL)
        describe_epci (out, geo, e);
      else if (c != NULL)
        describe_commune (out, geo, c);
      else
        {
          g_autoptr(GError) error = NULL;

          if (!ptce_identifier_check_siren (query, &error))
            g_string_append_printf (out, "%s\n", error->message);
          else
            {
              g_string_append_printf (out, _("No EPCI, EPT or commune has the SIREN %s in %s."),
                                      query, ptce_geography_get_vintage (geo));
              g_string_append_c (out, '\n');
            }
          return FALSE;
        }
      return TRUE;
    }

  if (ptce_identifier_check_commune_code (query, NULL))
    {
      g_autoptr(PtceCommune) c = ptce_geography_lookup_commune (geo, query);
      g_autoptr(GListModel) by_postal = all_digits (query, 5)
        ? ptce_geography_list_communes_by_postal_code (geo, query) : NULL;
      g_autoptr(GError) error = NULL;

      if (c != NULL)
        {
          describe_commune (out, geo, c);
          found = TRUE;
        }
      else if (!ptce_geography_check_commune (geo, query, &error) &&
               (by_postal == NULL || g_list_model_get_n_items (by_postal) == 0))
        {
          /* Unknown, or a former code: say so, then what it is now. */
          g_autoptr(GListModel) now = NULL;

          g_string_append_printf (out, "%s\n", error->message);
          {
            /* A former code resolves to its commune through a territory. */
            g_autoptr(PtceTerritory) t = ptce_territory_new (NULL);
            g_autoptr(PtceResolvedTerritory) r = NULL;

            ptce_territory_add_commune (t, query);
            r = ptce_geography_resolve (geo, t);
            now = ptce_resolved_territory_list_communes (r);
          }
          if (g_list_model_get_n_items (now) == 1)
            {
              g_autoptr(PtceCommune) current = g_list_model_get_item (now, 0);

              g_string_append_c (out, '\n');
              describe_commune (out, geo, current);
              found = TRUE;
            }
        }

      if (by_postal != NULL && g_list_model_get_n_items (by_postal) > 0)
        {
          if (found)
            g_string_append_c (out, '\n');
          g_string_append_printf (out, _("Postal code %s (La Poste) serves:"), query);
          g_string_append_c (out, '\n');
          list_communes (out, geo, by_postal);
          found = TRUE;
        }
      return found;
    }

  if (ptce_identifier_check_departement_code (query, NULL) ||
      (strlen (query) <= 3 && all_digits (query, strlen (query))))
    {
      g_autoptr(PtceDepartement) d = ptce_geography_lookup_departement (geo, query);
      g_autoptr(PtceRegion) r = ptce_geography_lookup_region (geo, query);

      /* "84" is both Vaucluse and Auvergne-Rhône-Alpes: show both. */
      if (d != NULL)
        describe_departement (out, geo, d);
      if (d != NULL && r != NULL)
        g_string_append_c (out, '\n');
      if (r != NULL)
        describe_region (out, geo, r);
      if (d == NULL && r == NULL)
        {
          g_string_append_printf (out, _("No département or région has the code %s in %s."),
                                  query, ptce_geography_get_vintage (geo));
          g_string_append_c (out, '\n');
        }
      return d != NULL || r != NULL;
    }

  /* A name. */
  {
    g_autoptr(GListModel) matches = ptce_geography_search_communes (geo, query, limit + 1);
    guint n = g_list_model_get_n_items (matches);
    g_autoptr(PtceCommune) first = n > 0 ? g_list_model_get_item (matches, 0) : NULL;
    g_autoptr(PtceCommune) second = n > 1 ? g_list_model_get_item (matches, 1) : NULL;

    if (n == 0)
      {
        g_string_append_printf (out, _("No commune is named like “%s” in %s."),
                                query, ptce_geography_get_vintage (geo));
        g_string_append_c (out, '\n');
        return FALSE;
      }
    /* One match, or one commune whose name is the query and no other
     * of that name: describe it. */
    if (n == 1 ||
        (g_utf8_collate (ptce_commune_get_name (first), query) == 0 &&
         g_utf8_collate (ptce_commune_get_name (second), query) != 0))
      {
        describe_commune (out, geo, first);
        return TRUE;
      }
    g_string_append_printf (out, _("Communes named like “%s” in %s:"), query,
                            ptce_geography_get_vintage (geo));
    g_string_append_c (out, '\n');
    {
      GListStore *shown = g_list_store_new (PTCE_TYPE_COMMUNE);
      g_autoptr(GListModel) model = G_LIST_MODEL (shown);

      for (guint i = 0; i < MIN (n, limit); i++)
        {
          g_autoptr(PtceCommune) c = g_list_model_get_item (matches, i);
          g_list_store_append (shown, c);
        }
      list_communes (out, geo, model);
    }
    if (n > limit)
      {
        g_string_append_printf (out, _("  … and more: use --limit to see them."));
        g_string_append_c (out, '\n');
      }
    return TRUE;
  }
}

/* Describes the territory of a pole; returns whether it has no problem. */
static gboolean
describe_pole_territory (GString       *out,
                         PtceGeography *geo,
                         PtcePole      *pole)
{
  PtceTerritory *territory = ptce_pole_get_territory (pole);
  g_autoptr(PtceResolvedTerritory) r = NULL;
  g_auto(GStrv) epcis = NULL;
  g_auto(GStrv) deps = NULL;
  g_auto(GStrv) regions = NULL;
  g_autofree char *deps_text = NULL;
  g_autofree char *regions_text = NULL;
  g_autofree char *communes = NULL;
  g_autofree char *population = NULL;
  const char *name = ptce_pole_get_name (pole);
  const char *vintage;
  GListModel *problems;

  /* TRANSLATORS: a pole's name and id */
  g_string_append_printf (out, _("Territory of %s (%s)"), name != NULL ? name : ptce_pole_get_id (pole),
                          ptce_pole_get_id (pole));
  g_string_append_c (out, '\n');
  if (territory == NULL || !ptce_territory_is_delimited (territory))
    {
      g_string_append (out, "  ");
      g_string_append (out, _("The pole does not delimit its territory."));
      g_string_append_c (out, '\n');
      return FALSE;
    }

  r = ptce_geography_resolve (geo, territory);
  vintage = ptce_territory_get_vintage (territory);
  if (ptce_territory_get_name (territory) != NULL)
    line (out, _("Name"), ptce_territory_get_name (territory));
  {
    g_autofree char *text = g_strdup_printf (_("written in %s, resolved against %s"),
                                             vintage != NULL ? vintage : _("an unstated vintage"),
                                             ptce_resolved_territory_get_vintage (r));
    line (out, _("Geographic code"), text);
  }
  communes = g_strdup_printf ("%u", ptce_resolved_territory_get_n_communes (r));
  line (out, _("Communes"), communes);
  population = g_strdup_printf ("%" G_GUINT64_FORMAT, ptce_resolved_territory_get_population (r));
  line (out, _("Population"), population);

  epcis = ptce_resolved_territory_dup_epcis (r);
  g_string_append (out, "  ");
  g_string_append_printf (out, C_("territory: list heading", "%s:"), _("EPCI touched"));
  g_string_append_c (out, '\n');
  for (guint i = 0; epcis[i] != NULL; i++)
    {
      g_autofree char *text = epci_text (geo, epcis[i]);
      g_string_append_printf (out, "    %s%s\n", text,
                              ptce_resolved_territory_covers_epci (r, epcis[i]) ? _(" (all of it)") : "");
    }
  deps = ptce_resolved_territory_dup_departements (r);
  deps_text = join_texts (geo, (const char * const *) deps, departement_text);
  line (out, _("Départements"), deps_text);
  regions = ptce_resolved_territory_dup_regions (r);
  regions_text = join_texts (geo, (const char * const *) regions, region_text);
  line (out, _("Régions"), regions_text);

  {
    g_auto(GStrv) context = ptce_resolved_territory_dup_context_codes (r);

    if (context[0] != NULL)
      {
        g_autofree char *text = g_strjoinv (", ", context);
        /* TRANSLATORS: codes of a territory that only say where its
         * communes lie (see ptce_geography_resolve()) */
        line (out, _("Read as where it lies"), text);
      }
  }

  problems = ptce_resolved_territory_get_problems (r);
  for (guint i = 0; i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(PtceGeographyProblem) p = g_list_model_get_item (problems, i);

      /* TRANSLATORS: prefixes a problem with a code of the territory */
      g_string_append_printf (out, "  %s %s\n", _("Problem:"), ptce_geography_problem_get_message (p));
    }
  return g_list_model_get_n_items (problems) == 0;
}

int
ptce_cmd_territory (int    argc,
                    char **argv)
{
  g_autofree char *geography_arg = NULL;
  g_autofree char *pole_arg = NULL;
  int limit = 10;
  g_auto(GStrv) rest = NULL;
  const GOptionEntry entries[] = {
    { "geography", 'g', 0, G_OPTION_ARG_FILENAME, &geography_arg,
      N_("Use the geography of FILE (written by tools/update-geography) instead of the embedded one"),
      N_("FILE") },
    { "pole", 'p', 0, G_OPTION_ARG_STRING, &pole_arg,
      N_("With a ptce/1 file, describe only the territory of the pole of this id"), N_("ID") },
    { "limit", 'n', 0, G_OPTION_ARG_INT, &limit,
      N_("Show at most N communes whose name matches (10 by default)"), N_("N") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_STRING_ARRAY, &rest, NULL, NULL },
    { NULL }
  };
  g_autoptr(PtceGeography) geo = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *query = NULL;
  gboolean ok;

  if (!ptce_cli_parse_options (C_("ptce territory", "QUERY|FILE"), entries,
                               _("Says what QUERY is in the official geography (a commune code, a SIREN of an EPCI, an EPT or a commune, a département or région code, a postal code or a commune name): its name, its parents and, for an EPCI, its members. With a ptce/1 FILE, describes the territory of each pole and its problems."),
                               _("Exit status: 0 when the query names something (or every territory resolves without problem), 1 when it names nothing (or a territory has problems), 2 when the usage or the input is invalid."),
                               &argc, &argv))
    return PTCE_EXIT_INVALID;
  if (ptce_cli_n_args (rest) == 0)
    {
      ptce_cli_print_errorf (_("territory: a QUERY or a FILE is needed (see “%s”)"),
                             "ptce territory --help");
      return PTCE_EXIT_INVALID;
    }
  if (limit < 1)
    {
      ptce_cli_print_error (_("--limit: expected a number of 1 or more"));
      return PTCE_EXIT_INVALID;
    }

  geo = ptce_cli_load_geography (geography_arg);
  if (geo == NULL)
    return PTCE_EXIT_INVALID;

  /* A query may be several words: "saint denis". */
  query = g_strjoinv (" ", rest);

  /* One argument that names a file (or looks like a path) is a dataset: a
   * missing or unreadable one is an error, not a place name. */
  if (rest[1] == NULL &&
      (g_file_test (rest[0], G_FILE_TEST_EXISTS) ||
       strchr (rest[0], G_DIR_SEPARATOR) != NULL ||
       g_str_has_suffix (rest[0], ".json")))
    {
      g_autoptr(PtceDataset) dataset = ptce_cli_load_dataset (rest[0]);
      g_autoptr(GListModel) poles = NULL;

      if (dataset == NULL)
        return PTCE_EXIT_INVALID;
      poles = ptce_cli_select_poles (dataset, pole_arg);
      if (poles == NULL)
        return PTCE_EXIT_INVALID;
      if (g_list_model_get_n_items (poles) == 0)
        {
          ptce_cli_print_error (_("territory: the file has no pole"));
          return PTCE_EXIT_INVALID;
        }
      ok = TRUE;
      for (guint i = 0; i < g_list_model_get_n_items (poles); i++)
        {
          g_autoptr(PtcePole) pole = g_list_model_get_item (poles, i);

          if (i > 0)
            g_string_append_c (out, '\n');
          ok &= describe_pole_territory (out, geo, pole);
        }
    }
  else
    {
      if (pole_arg != NULL)
        {
          ptce_cli_print_error (_("--pole goes with a ptce/1 file, not with a query"));
          return PTCE_EXIT_INVALID;
        }
      ok = describe_query (out, geo, query, (guint) limit);
    }

  g_print ("%s", out->str);
  return ok ? PTCE_EXIT_OK : PTCE_EXIT_NEGATIVE;
}
