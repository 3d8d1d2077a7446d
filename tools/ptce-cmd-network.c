/* ptce-cmd-network.c: `ptce network FILE [--pole ID …] [--date D | --from D
 * --to D] [--mode M …] [--kind K] [--members-only] [--weight W]
 * [--format text|json|graphml|gexf|dot] [--output OUT]`
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The cooperation network of the poles of a ptce/1 file (PtceNetwork): as
 * text, the headline figures and the top brokers; or the whole network as
 * JSON, GraphML, GEXF 1.3 or Graphviz DOT. Only the public API is used. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "ptce-cli.h"

#define N_BROKERS 5

static const char *
mode_label (PtceCooperationMode mode)
{
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

static const char *
category_label (PtceNetworkCategory category)
{
  switch (category)
    {
    case PTCE_NETWORK_CATEGORY_ESS_ENTERPRISE:
      return C_("network category", "ESS enterprises");
    case PTCE_NETWORK_CATEGORY_OTHER_ENTERPRISE:
      return C_("network category", "other enterprises");
    case PTCE_NETWORK_CATEGORY_LOCAL_AUTHORITY:
      return C_("network category", "local authorities");
    case PTCE_NETWORK_CATEGORY_RESEARCH_TRAINING:
      return C_("network category", "research and training");
    case PTCE_NETWORK_CATEGORY_OTHER:
      return C_("network category", "other persons");
    case PTCE_NETWORK_CATEGORY_UNKNOWN:
    default:
      return C_("network category", "kind not known");
    }
}

static const char *
kind_label (PtceNetworkKind kind)
{
  switch (kind)
    {
    case PTCE_NETWORK_KIND_BIPARTITE:
      return _("actors × cooperations");
    case PTCE_NETWORK_KIND_POLES:
      return _("poles linked by shared actors");
    case PTCE_NETWORK_KIND_ACTORS:
    default:
      return _("actors linked by shared cooperations");
    }
}

static char *
number (double value,
        int    decimals)
{
  if (isnan (value))
    return g_strdup ("—");
  /* the locale's decimal separator: French writes 0,25 */
  return g_strdup_printf ("%.*f", decimals, value);
}

static void
line (GString    *out,
      const char *label,
      const char *value)
{
  /* TRANSLATORS: a figure of `ptce network`: its name, then its value */
  g_string_append_printf (out, C_("ptce network", "  %s: %s\n"), label, value);
}

static void
line_uint (GString    *out,
           const char *label,
           guint       value)
{
  g_autofree char *text = g_strdup_printf ("%u", value);

  line (out, label, text);
}

static void
line_double (GString    *out,
             const char *label,
             double      value,
             int         decimals)
{
  g_autofree char *text = number (value, decimals);

  line (out, label, text);
}

typedef struct {
  guint  node;
  double value;
} Ranked;

static int
ranked_compare (gconstpointer a,
                gconstpointer b)
{
  const Ranked *x = a, *y = b;

  if (x->value != y->value)
    return x->value > y->value ? -1 : 1;
  return x->node < y->node ? -1 : x->node > y->node;
}

static char *
network_text (PtceNetwork *network)
{
  GString *out = g_string_new (NULL);
  g_autofree char *from = ptce_date_to_iso8601 (ptce_network_get_start (network));
  g_autofree char *to = ptce_date_to_iso8601 (ptce_network_get_end (network));
  g_autofree double *bc = NULL;
  g_autofree Ranked *ranked = NULL;
  guint n = ptce_network_get_n_nodes (network);
  guint n_bc, shown = 0;

  /* TRANSLATORS: the kind of network */
  g_string_append_printf (out, _("Cooperation network: %s"), kind_label (ptce_network_get_kind (network)));
  g_string_append_c (out, '\n');
  if (g_str_equal (from, to))
    /* TRANSLATORS: a date */
    g_string_append_printf (out, _("As of %s"), from);
  else
    /* TRANSLATORS: the first and last day of a period */
    g_string_append_printf (out, _("From %s to %s"), from, to);
  g_string_append (out, "\n\n");

  line_uint (out, _("nodes"), n);
  line_uint (out, _("ties"), ptce_network_get_n_edges (network));
  line_double (out, _("density"), ptce_network_get_density (network), 3);
  line_uint (out, _("connected components"), ptce_network_get_n_components (network));
  line_uint (out, _("largest component (nodes)"), ptce_network_get_largest_component_size (network));
  line_double (out, _("average clustering"), ptce_network_get_average_clustering (network), 3);

  if (ptce_network_get_kind (network) != PTCE_NETWORK_KIND_POLES)
    {
      g_string_append_printf (out, "\n%s\n", _("Ties by mode (article 9 I)"));
      for (int m = PTCE_COOPERATION_MODE_MUTUALISATION; m <= PTCE_COOPERATION_MODE_PARTENARIAT; m++)
        line_uint (out, mode_label (m), ptce_network_count_ties_by_mode (network, m));
    }
  if (ptce_network_get_kind (network) == PTCE_NETWORK_KIND_ACTORS)
    {
      g_string_append_printf (out, "\n%s\n", _("Ties between categories"));
      for (int x = PTCE_NETWORK_CATEGORY_ESS_ENTERPRISE; x <= PTCE_NETWORK_CATEGORY_OTHER; x++)
        for (int y = x; y <= PTCE_NETWORK_CATEGORY_OTHER; y++)
          {
            guint count = ptce_network_count_ties_between (network, x, y);
            g_autofree char *label = NULL;

            if (count == 0)
              continue;
            /* TRANSLATORS: two categories of actors tied together */
            label = g_strdup_printf (_("%s ↔ %s"), category_label (x), category_label (y));
            line_uint (out, label, count);
          }
      line_double (out, _("E-I index of the categories"), ptce_network_get_ei_index (network), 3);
      line_double (out, _("share of ties of the animator"), ptce_network_get_animator_share (network), 3);
    }

  g_string_append_printf (out, "\n%s\n", _("Continuity over the period"));
  line_uint (out, _("new ties"), ptce_network_count_new_ties (network));
  line_uint (out, _("ended ties"), ptce_network_count_ended_ties (network));
  line_uint (out, _("lasting ties"), ptce_network_count_lasting_ties (network));
  line_double (out, _("median tie duration (days)"), ptce_network_get_median_tie_duration (network), 0);

  bc = ptce_network_compute_betweenness (network, TRUE, FALSE, &n_bc);
  ranked = g_new (Ranked, n_bc + 1);
  for (guint i = 0; i < n_bc; i++)
    ranked[i] = (Ranked) { i, bc[i] };
  qsort (ranked, n_bc, sizeof (Ranked), ranked_compare);
  g_string_append_printf (out, "\n%s\n", _("Top brokers (normalised betweenness)"));
  for (guint i = 0; i < n_bc && shown < N_BROKERS; i++)
    {
      g_autofree char *value = NULL;

      if (ranked[i].value <= 0)
        break;
      value = number (ranked[i].value, 3);
      g_string_append_printf (out, "  %s  %s (%s)\n", value,
                              ptce_network_get_node_label (network, ranked[i].node),
                              ptce_network_get_node_id (network, ranked[i].node));
      shown++;
    }
  if (shown == 0)
    g_string_append_printf (out, "  %s\n", _("none: no node stands between two others"));
  return g_string_free (out, FALSE);
}

static gboolean
parse_enum (GType       type,
            const char *option,
            const char *text,
            int        *value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *v = g_enum_get_value_by_nick (klass, text);
  g_autoptr(GString) words = g_string_new (NULL);

  if (v != NULL)
    {
      *value = v->value;
      return TRUE;
    }
  for (guint i = 0; i < klass->n_values; i++)
    g_string_append_printf (words, "%s%s", i > 0 ? "|" : "", klass->values[i].value_nick);
  /* TRANSLATORS: the option, the value given, the values accepted */
  ptce_cli_print_errorf (_("%s “%s”: expected one of %s"), option, text, words->str);
  return FALSE;
}

int
ptce_cmd_network (int    argc,
                  char **argv)
{
  g_auto(GStrv) pole_args = NULL;
  g_auto(GStrv) mode_args = NULL;
  g_autofree char *date_arg = NULL;
  g_autofree char *from_arg = NULL;
  g_autofree char *to_arg = NULL;
  g_autofree char *kind_arg = NULL;
  g_autofree char *weight_arg = NULL;
  g_autofree char *format_arg = NULL;
  g_autofree char *output_arg = NULL;
  gboolean members_only = FALSE;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "pole", 'p', 0, G_OPTION_ARG_STRING_ARRAY, &pole_args,
      N_("Take the pole of this id (repeat for several; all poles when none)"), N_("ID") },
    { "date", 'd', 0, G_OPTION_ARG_STRING, &date_arg,
      N_("The network as of DATE (today when no date or period is given)"), N_("YYYY-MM-DD") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from_arg,
      N_("The network over a period starting on DATE (with --to)"), N_("YYYY-MM-DD") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to_arg,
      N_("The network over a period ending on DATE (with --from)"), N_("YYYY-MM-DD") },
    { "mode", 'm', 0, G_OPTION_ARG_STRING_ARRAY, &mode_args,
      N_("Take only the cooperations of this mode (repeat for several)"),
      N_("mutualisation|cooperation|partenariat") },
    { "kind", 'k', 0, G_OPTION_ARG_STRING, &kind_arg,
      N_("Which network: actors (the default), bipartite or poles"), N_("actors|bipartite|poles") },
    { "weight", 'w', 0, G_OPTION_ARG_STRING, &weight_arg,
      N_("What the weights count: shared cooperations (count, the default) or shared months"),
      N_("count|months") },
    { "members-only", 0, 0, G_OPTION_ARG_NONE, &members_only,
      N_("Tie actors only while they are members of the pole"), NULL },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_arg,
      N_("Write text (the default), JSON, GraphML, GEXF or Graphviz DOT"),
      N_("text|json|graphml|gexf|dot") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output_arg,
      N_("Write to FILE instead of the standard output"), N_("FILE") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, NULL },
    { NULL }
  };
  static const char *formats[] = { "text", "json", "graphml", "gexf", "dot" };
  g_autoptr(PtceDataset) dataset = NULL;
  g_autoptr(PtceNetworkBuilder) builder = NULL;
  g_autoptr(PtceNetwork) network = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  int format = -1;

  if (!ptce_cli_parse_options (C_("ptce network", "FILE"), entries,
                               _("Builds the cooperation network of the poles of a ptce/1 file, as of a date or over a period, and gives its figures (density, components, ties by mode and between categories, continuity, brokers) or writes it for Gephi, Graphviz or other graph tools."),
                               _("Exit status: 0 when the network was written, 2 when the input or an option is invalid."),
                               &argc, &argv))
    return PTCE_EXIT_INVALID;

  if (ptce_cli_n_args (files) != 1)
    {
      ptce_cli_print_errorf (ptce_cli_n_args (files) == 0
                             ? _("network: a FILE is needed (see “%s”)")
                             : _("network: only one FILE can be read at a time (see “%s”)"),
                             "ptce network --help");
      return PTCE_EXIT_INVALID;
    }

  if (format_arg == NULL)
    format = 0;
  else
    for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
      if (strcmp (format_arg, formats[i]) == 0)
        format = (int) i;
  if (format < 0)
    {
      ptce_cli_print_errorf (_("--format “%s”: expected one of %s"), format_arg,
                             "text|json|graphml|gexf|dot");
      return PTCE_EXIT_INVALID;
    }

  if (date_arg != NULL && (from_arg != NULL || to_arg != NULL))
    {
      ptce_cli_print_error (_("network: give either --date or --from and --to, not both"));
      return PTCE_EXIT_INVALID;
    }
  if ((from_arg == NULL) != (to_arg == NULL))
    {
      ptce_cli_print_error (from_arg == NULL
                            ? _("network: --to needs --from: the period is empty without its start")
                            : _("network: --from needs --to: the period is empty without its end"));
      return PTCE_EXIT_INVALID;
    }

  builder = ptce_network_builder_new (NULL);
  if (from_arg != NULL)
    {
      g_autoptr(PtceDate) from = ptce_cli_parse_date (from_arg);
      g_autoptr(PtceDate) to = NULL;

      if (from == NULL)
        return PTCE_EXIT_INVALID;
      to = ptce_cli_parse_date (to_arg);
      if (to == NULL)
        return PTCE_EXIT_INVALID;
      ptce_network_builder_set_period (builder, from, to);
    }
  else
    {
      g_autoptr(PtceDate) when = ptce_cli_parse_date (date_arg);

      if (when == NULL)
        return PTCE_EXIT_INVALID;
      ptce_network_builder_set_date (builder, when);
    }

  for (guint i = 0; mode_args != NULL && mode_args[i] != NULL; i++)
    {
      int mode;

      if (!parse_enum (PTCE_TYPE_COOPERATION_MODE, "--mode", mode_args[i], &mode))
        return PTCE_EXIT_INVALID;
      ptce_network_builder_add_mode (builder, mode);
    }
  if (kind_arg != NULL)
    {
      int kind;

      if (!parse_enum (PTCE_TYPE_NETWORK_KIND, "--kind", kind_arg, &kind))
        return PTCE_EXIT_INVALID;
      ptce_network_builder_set_kind (builder, kind);
    }
  if (weight_arg != NULL)
    {
      int weight;

      if (!parse_enum (PTCE_TYPE_NETWORK_WEIGHT, "--weight", weight_arg, &weight))
        return PTCE_EXIT_INVALID;
      ptce_network_builder_set_weight (builder, weight);
    }
  ptce_network_builder_set_members_only (builder, members_only);
  for (guint i = 0; pole_args != NULL && pole_args[i] != NULL; i++)
    ptce_network_builder_add_pole (builder, pole_args[i]);

  dataset = ptce_cli_load_dataset (files[0]);
  if (dataset == NULL)
    return PTCE_EXIT_INVALID;
  ptce_network_builder_set_dataset (builder, dataset);

  network = ptce_network_builder_build (builder, &error);
  if (network == NULL)
    {
      ptce_cli_print_error (error->message);
      return PTCE_EXIT_INVALID;
    }

  switch (format)
    {
    case 1:
      {
        g_autoptr(JsonNode) node = ptce_network_to_json (network);
        g_autofree char *json = json_to_string (node, TRUE);

        text = g_strconcat (json, "\n", NULL);
      }
      break;
    case 2:
      text = ptce_network_to_graphml (network);
      break;
    case 3:
      text = ptce_network_to_gexf (network);
      break;
    case 4:
      text = ptce_network_to_dot (network);
      break;
    default:
      text = network_text (network);
    }

  if (output_arg != NULL)
    {
      if (!g_file_set_contents (output_arg, text, -1, &error))
        {
          ptce_cli_print_errorf (_("network: cannot write “%s”: %s"), output_arg, error->message);
          return PTCE_EXIT_INVALID;
        }
    }
  else
    g_print ("%s", text);
  return PTCE_EXIT_OK;
}
