/* ptce-csv-importer.c
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "ptce-csv-importer.h"
#include "ptce-csv-problem-private.h"
#include "ptce-enum-types.h"
#include "ptce-error.h"
#include "ptce-i18n-private.h"
#include "ptce-words.h"
#include "ptce-words-private.h"
#include "ptce-identifier.h"
#include "ptce-actor.h"
#include "ptce-pole.h"
#include "ptce-membership.h"

/**
 * SECTION:ptce-csv-importer
 * @Title: PtceCsvImporter
 * @Short_description: a coordinator's spreadsheet of actors and memberships into a dataset
 *
 * A #PtceCsvImporter reads the CSV tables a pole coordinator already keeps:
 * a list of actors and a list of memberships (`docs/csv.md`). It accepts
 * what spreadsheets write: commas, semicolons or tabulations (found from the
 * header row), UTF-8 with or without a byte order mark, quoted fields that
 * hold separators, quotes and line breaks, LF or CRLF line ends, and the
 * columns named as libptce exports them or in French ("identifiant",
 * "nom", "raison sociale", "catégorie juridique", "commune du siège",
 * "pôle", "acteur", "rôles", "début", "fin" …).
 *
 * Nothing is dropped silently: a row that cannot be imported whole (text
 * that is not UTF-8, a wrong identifier, an unknown word, more fields than
 * the header, a duplicate id, an unknown actor, a quote never closed) is
 * left out and reported as a #PtceCsvProblem naming its line and column;
 * blank rows are reported as runs. A table that cannot be read at all
 * (no header, no id column, too large) gives a #GError and imports
 * nothing.
 */

/**
 * PtceCsvImporter:
 *
 * Imports CSV tables of actors and memberships into a dataset.
 *
 * Since: 1.0
 */

/**
 * PTCE_TYPE_CSV_IMPORTER:
 *
 * The #GType of #PtceCsvImporter.
 *
 * Since: 1.0
 */

/* Sizes beyond which a table is refused whole. */
#define MAX_TABLE_BYTES  (256u * 1024 * 1024)
#define MAX_FIELD_BYTES  (64u * 1024)
#define MAX_COLUMNS      256u

struct _PtceCsvImporter
{
  GObject     parent_instance;

  GListStore *problems;
  guint       n_imported;
};

G_DEFINE_FINAL_TYPE (PtceCsvImporter, ptce_csv_importer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PROBLEMS,
  PROP_N_IMPORTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ptce_csv_importer_finalize (GObject *object)
{
  PtceCsvImporter *self = (PtceCsvImporter *) object;

  g_clear_object (&self->problems);
  G_OBJECT_CLASS (ptce_csv_importer_parent_class)->finalize (object);
}

static void
ptce_csv_importer_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PtceCsvImporter *self = PTCE_CSV_IMPORTER (object);

  switch (prop_id)
    {
    case PROP_PROBLEMS:
      g_value_set_object (value, self->problems);
      break;
    case PROP_N_IMPORTED:
      g_value_set_uint (value, self->n_imported);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ptce_csv_importer_class_init (PtceCsvImporterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ptce_csv_importer_finalize;
  object_class->get_property = ptce_csv_importer_get_property;

  /**
   * PtceCsvImporter:problems:
   *
   * The #PtceCsvProblem objects of the last table read.
   *
   * Since: 1.0
   */
  properties[PROP_PROBLEMS] = g_param_spec_object ("problems", NULL, NULL, G_TYPE_LIST_MODEL, ro);
  /**
   * PtceCsvImporter:n-imported:
   *
   * The rows of the last table read that were imported.
   *
   * Since: 1.0
   */
  properties[PROP_N_IMPORTED] = g_param_spec_uint ("n-imported", NULL, NULL, 0, G_MAXUINT, 0, ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ptce_csv_importer_init (PtceCsvImporter *self)
{
  self->problems = g_list_store_new (PTCE_TYPE_CSV_PROBLEM);
}

/**
 * ptce_csv_importer_new:
 *
 * Creates a CSV importer.
 *
 * Returns: (transfer full): a new #PtceCsvImporter
 *
 * Since: 1.0
 */
PtceCsvImporter *
ptce_csv_importer_new (void)
{
  return g_object_new (PTCE_TYPE_CSV_IMPORTER, NULL);
}

/**
 * ptce_csv_importer_get_problems:
 * @self: a #PtceCsvImporter
 *
 * Gets #PtceCsvImporter:problems.
 *
 * Returns: (transfer none): a #GListModel of #PtceCsvProblem, in the order
 *   of the rows
 *
 * Since: 1.0
 */
GListModel *
ptce_csv_importer_get_problems (PtceCsvImporter *self)
{
  g_return_val_if_fail (PTCE_IS_CSV_IMPORTER (self), NULL);
  return G_LIST_MODEL (self->problems);
}

/**
 * ptce_csv_importer_get_n_imported:
 * @self: a #PtceCsvImporter
 *
 * Gets #PtceCsvImporter:n-imported.
 *
 * Returns: the rows of the last table that were imported
 *
 * Since: 1.0
 */
guint
ptce_csv_importer_get_n_imported (PtceCsvImporter *self)
{
  g_return_val_if_fail (PTCE_IS_CSV_IMPORTER (self), 0);
  return self->n_imported;
}

/* ------------------------------------------------------------------ */
/* The CSV reader                                                      */

typedef struct {
  const char *data;
  gsize       length;
  gsize       pos;
  char        separator;
  guint       line;       /* of the next character */
} Reader;

typedef struct {
  GPtrArray *fields;      /* char*, as read (maybe not UTF-8) */
  guint      line;        /* where it starts */
  gboolean   unterminated;
  gboolean   too_long;
} Row;

static void
row_clear (Row *row)
{
  g_clear_pointer (&row->fields, g_ptr_array_unref);
}

/* Reads one record; FALSE at the end of the input. */
static gboolean
read_row (Reader *r,
          Row    *row)
{
  GString *field = g_string_new (NULL);

  if (r->pos >= r->length)
    {
      g_string_free (field, TRUE);
      return FALSE;
    }
  row->fields = g_ptr_array_new_with_free_func (g_free);
  row->line = r->line;
  row->unterminated = FALSE;
  row->too_long = FALSE;

  for (;;)
    {
      gboolean quoted = FALSE;

      g_string_truncate (field, 0);
      if (r->pos < r->length && r->data[r->pos] == '"')
        {
          quoted = TRUE;
          r->pos++;
          for (;;)
            {
              char c;

              if (r->pos >= r->length)
                {
                  row->unterminated = TRUE;
                  break;
                }
              c = r->data[r->pos++];
              if (c == '"')
                {
                  if (r->pos < r->length && r->data[r->pos] == '"')
                    r->pos++;
                  else
                    break;
                }
              else if (c == '\n')
                r->line++;
              if (field->len < MAX_FIELD_BYTES)
                g_string_append_c (field, c);
              else
                row->too_long = TRUE;
            }
        }
      /* Unquoted text, or what follows a closing quote up to the separator. */
      while (r->pos < r->length)
        {
          char c = r->data[r->pos];

          if (c == r->separator || c == '\n' || c == '\r')
            break;
          r->pos++;
          if (quoted && (c == ' ' || c == '\t'))
            continue;
          if (field->len < MAX_FIELD_BYTES)
            g_string_append_c (field, c);
          else
            row->too_long = TRUE;
        }
      if (row->fields->len < MAX_COLUMNS + 1)
        g_ptr_array_add (row->fields, g_strndup (field->str, field->len));
      if (r->pos < r->length && r->data[r->pos] == r->separator)
        {
          r->pos++;
          continue;
        }
      /* The end of the record. */
      if (r->pos < r->length && r->data[r->pos] == '\r')
        r->pos++;
      if (r->pos < r->length && r->data[r->pos] == '\n')
        r->pos++;
      r->line++;
      break;
    }
  g_string_free (field, TRUE);
  return TRUE;
}

static gboolean
row_is_blank (Row *row)
{
  for (guint i = 0; i < row->fields->len; i++)
    {
      const char *f = g_ptr_array_index (row->fields, i);

      for (; *f != '\0'; f++)
        if (*f != ' ' && *f != '\t')
          return FALSE;
    }
  return TRUE;
}

/* The separator of the header line: the most frequent of , ; and tab
 * outside quotes (a comma on a tie). */
static char
detect_separator (const char *data,
                  gsize       length)
{
  guint commas = 0, semicolons = 0, tabs = 0;
  gboolean in_quotes = FALSE;

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (c == '"')
        in_quotes = !in_quotes;
      else if (!in_quotes && (c == '\n' || c == '\r'))
        break;
      else if (!in_quotes && c == ',')
        commas++;
      else if (!in_quotes && c == ';')
        semicolons++;
      else if (!in_quotes && c == '\t')
        tabs++;
    }
  if (semicolons > commas && semicolons >= tabs)
    return ';';
  if (tabs > commas && tabs > semicolons)
    return '\t';
  return ',';
}

/* A column name made comparable: trimmed, lower case, accents dropped,
 * spaces, hyphens and apostrophes as "_". */
static char *
normalise_name (const char *name)
{
  g_autofree char *ascii = NULL;
  g_autofree char *trimmed = g_strstrip (g_strdup (name));
  char *out;

  if (!g_utf8_validate (trimmed, -1, NULL))
    return g_strdup ("");
  ascii = g_str_to_ascii (trimmed, "C");
  out = g_ascii_strdown (ascii, -1);
  for (char *p = out; *p != '\0'; p++)
    if (*p == ' ' || *p == '-' || *p == '\'' || *p == '.')
      *p = '_';
  return out;
}

typedef struct {
  const char *key;
  const char *names;   /* normalised names, separated by "|" */
  gboolean    required;
} Column;

/* The index of each column of @columns in @header (-1 when absent). */
static gboolean
map_columns (Row          *header,
             const Column *columns,
             guint         n_columns,
             int          *index,
             GError      **error)
{
  for (guint c = 0; c < n_columns; c++)
    {
      g_auto(GStrv) names = g_strsplit (columns[c].names, "|", -1);

      index[c] = -1;
      for (guint i = 0; i < header->fields->len && index[c] < 0; i++)
        {
          g_autofree char *name = normalise_name (g_ptr_array_index (header->fields, i));

          if (g_strv_contains ((const char * const *) names, name))
            index[c] = (int) i;
        }
      if (index[c] < 0 && columns[c].required)
        {
          g_set_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_FORMAT,
                       _("CSV header (line 1): no column “%s” (or one of its French names: %s)"),
                       columns[c].key, columns[c].names);
          return FALSE;
        }
    }
  return TRUE;
}

/* Reads @bytes into rows: the header, then each data row in order, blank
 * runs and unreadable rows reported. */
typedef gboolean (*RowFunc) (PtceCsvImporter *self,
                             PtceDataset     *dataset,
                             Row             *header,
                             const int       *index,
                             Row             *row,
                             gpointer         data);

static void
report (PtceCsvImporter *self,
        guint            row,
        guint            last_row,
        const char      *column,
        char            *message)
{
  g_autoptr(PtceCsvProblem) problem = ptce_csv_problem_new_internal (row, last_row, column,
                                                                     message);

  g_list_store_append (self->problems, problem);
}

static const char *
header_name (Row *header,
             int  index)
{
  return index >= 0 && (guint) index < header->fields->len
         ? g_ptr_array_index (header->fields, index) : NULL;
}

static gboolean
read_table (PtceCsvImporter *self,
            PtceDataset     *dataset,
            GBytes          *bytes,
            const Column    *columns,
            guint            n_columns,
            RowFunc          func,
            gpointer         data,
            GError         **error)
{
  Reader r = { 0 };
  Row header = { 0 };
  g_autofree int *index = g_new0 (int, n_columns);
  guint blank_start = 0, blank_end = 0;
  gboolean ok = TRUE;

  g_list_store_remove_all (self->problems);
  self->n_imported = 0;
  r.data = g_bytes_get_data (bytes, &r.length);
  /* an empty GBytes may hold NULL, and NULL + 0 is undefined in C */
  if (r.data == NULL)
    r.data = "";
  r.line = 1;
  if (r.length > MAX_TABLE_BYTES)
    {
      g_set_error (error, PTCE_ERROR, PTCE_ERROR_LIMIT_EXCEEDED,
                   _("CSV table of more than the %u bytes accepted"), MAX_TABLE_BYTES);
      return FALSE;
    }
  if (r.length >= 3 && memcmp (r.data, "\xEF\xBB\xBF", 3) == 0)
    r.pos = 3;
  r.separator = detect_separator (r.data + r.pos, r.length - r.pos);

  if (!read_row (&r, &header) || row_is_blank (&header))
    {
      row_clear (&header);
      g_set_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_FORMAT,
                   _("CSV table: line 1 should name the columns, and it is empty"));
      return FALSE;
    }
  for (guint i = 0; i < header.fields->len; i++)
    if (!g_utf8_validate (g_ptr_array_index (header.fields, i), -1, NULL))
      {
        row_clear (&header);
        g_set_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_FORMAT,
                     _("CSV header (line 1): column %u is not UTF-8 text (save the table as CSV UTF-8)"),
                     i + 1);
        return FALSE;
      }
  if (header.fields->len > MAX_COLUMNS)
    {
      row_clear (&header);
      g_set_error (error, PTCE_ERROR, PTCE_ERROR_LIMIT_EXCEEDED,
                   _("CSV header (line 1): more than %u columns"), MAX_COLUMNS);
      return FALSE;
    }
  if (!map_columns (&header, columns, n_columns, index, error))
    {
      row_clear (&header);
      return FALSE;
    }

  for (;;)
    {
      Row row = { 0 };
      gboolean bad = FALSE;

      if (!read_row (&r, &row))
        break;
      if (row_is_blank (&row) && !row.unterminated)
        {
          if (blank_start == 0)
            blank_start = row.line;
          blank_end = r.line - 1;
          row_clear (&row);
          continue;
        }
      if (blank_start != 0)
        {
          report (self, blank_start, blank_end, NULL, g_strdup (_("blank, nothing to import")));
          blank_start = 0;
        }
      if (row.unterminated)
        {
          report (self, row.line, 0, NULL,
                  g_strdup (_("a quote opened in this row is never closed: the rest of the table is in it")));
          bad = TRUE;
        }
      else if (row.too_long)
        {
          report (self, row.line, 0, NULL,
                  g_strdup_printf (_("a field longer than %u bytes"), MAX_FIELD_BYTES));
          bad = TRUE;
        }
      for (guint i = 0; !bad && i < row.fields->len; i++)
        {
          const char *field = g_ptr_array_index (row.fields, i);

          if (i >= header.fields->len)
            {
              if (*field != '\0')
                {
                  report (self, row.line, 0, NULL,
                          g_strdup_printf (_("%u fields where the header names %u columns (is the separator “%c” right?)"),
                                           row.fields->len, header.fields->len, r.separator));
                  bad = TRUE;
                }
            }
          else if (!g_utf8_validate (field, -1, NULL))
            {
              report (self, row.line, 0, g_ptr_array_index (header.fields, i),
                      g_strdup (_("the text is not UTF-8 (save the table as CSV UTF-8)")));
              bad = TRUE;
            }
        }
      if (!bad && func (self, dataset, &header, index, &row, data))
        self->n_imported++;
      row_clear (&row);
    }
  if (blank_start != 0)
    report (self, blank_start, blank_end, NULL, g_strdup (_("blank, nothing to import")));
  row_clear (&header);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_IMPORTED]);
  return ok;
}

/* The trimmed field of column @c, "" when absent. */
static char *
field_of (Row       *row,
          const int *index,
          guint      c)
{
  if (index[c] < 0 || (guint) index[c] >= row->fields->len)
    return g_strdup ("");
  return g_strstrip (g_strdup (g_ptr_array_index (row->fields, index[c])));
}

/* A word of an enumeration: its format word (ptce_enum_from_string()), or
 * a French synonym of one; case, accents, spaces and '_' do not count. */
static gboolean
parse_word (GType        type,
            const char  *text,
            const char * const *synonyms,
            int         *value)
{
  g_autofree char *norm = normalise_name (text);

  for (char *p = norm; *p != '\0'; p++)
    if (*p == '_')
      *p = '-';
  if (ptce_enum_from_string (type, norm, value, NULL))
    return TRUE;
  for (guint i = 0; synonyms != NULL && synonyms[i] != NULL; i += 2)
    if (g_str_equal (synonyms[i], norm))
      return ptce_enum_from_string (type, synonyms[i + 1], value, NULL);
  return FALSE;
}

/* "“TEXT” is not WHAT: the words are …", the words those of @type, so that
 * the message lists every word the format has. */
static char *
not_a_word (const char *what,
            const char *text,
            GType       type)
{
  g_autofree char *words = ptce_words_list_private (type);

  /* TRANSLATORS: the first %s is what the user wrote, the second what it
   * should be ("an article 9 kind"), the third the list of accepted words */
  return g_strdup_printf (_("“%s” is not %s: the words are %s"), text, what, words);
}

/* ------------------------------------------------------------------ */
/* Actors                                                              */

enum {
  A_ID, A_NAME, A_KIND, A_FAMILY, A_BASIS, A_SIREN, A_SIRET, A_RNA, A_CJ, A_NAF, A_SEAT,
  A_N
};

static const Column actor_columns[A_N] = {
  { "id", "id|identifiant|id_acteur|identifiant_acteur", FALSE },
  { "name", "name|nom|raison_sociale|denomination|nom_de_la_structure|structure", TRUE },
  { "kind", "kind|categorie|categorie_article_9|type|type_d_acteur", FALSE },
  { "ess_family", "ess_family|famille_ess|famille", FALSE },
  { "ess_basis", "ess_basis|base_ess|qualite_ess", FALSE },
  { "siren", "siren|numero_siren", FALSE },
  { "siret", "siret|numero_siret", FALSE },
  { "rna", "rna|numero_rna", FALSE },
  { "legal_category", "legal_category|categorie_juridique|cj|forme_juridique", FALSE },
  { "naf", "naf|code_naf|ape|code_ape", FALSE },
  { "seat_commune", "seat_commune|commune_du_siege|code_commune|commune|code_insee", FALSE },
};

static const char * const kind_synonyms[] = {
  "entreprise", "enterprise",
  "groupement-d-entreprises", "enterprise-grouping",
  "collectivite", "local-authority",
  "collectivite-territoriale", "local-authority",
  "groupement-de-collectivites", "local-authority-grouping",
  "epci", "local-authority-grouping",
  "centre-de-recherche", "research-centre",
  "recherche", "research-centre",
  "enseignement-superieur", "higher-education",
  "organisme-de-formation", "training-body",
  "formation", "training-body",
  "autre-personne-morale", "other-legal-person",
  "personne-physique", "natural-person",
  NULL,
};

static const char * const family_synonyms[] = {
  "cooperative", "cooperative",
  "mutuelle", "mutual",
  "fondation", "foundation",
  "societe-commerciale", "commercial-company",
  "societe-commerciale-de-l-ess", "commercial-company",
  "aucune", "none",
  "hors-ess", "none",
  NULL,
};

static const char * const basis_synonyms[] = {
  "statut", "by-status",
  "par-statut", "by-status",
  "societe-commerciale-qualifiee", "qualified-commercial-company",
  "declaree", "declared-only",
  "hors-ess", "not-ess",
  NULL,
};

static gboolean
check_identifier (PtceCsvImporter *self,
                  Row             *row,
                  Row             *header,
                  const int       *index,
                  guint            c,
                  const char      *value,
                  gboolean       (*check) (const char *, GError **))
{
  g_autoptr(GError) local = NULL;

  if (*value == '\0' || check (value, &local))
    return TRUE;
  report (self, row->line, 0, header_name (header, index[c]), g_strdup (local->message));
  return FALSE;
}

static gboolean
import_actor (PtceCsvImporter *self,
              PtceDataset     *dataset,
              Row             *header,
              const int       *index,
              Row             *row,
              gpointer         data)
{
  g_autofree char *id = field_of (row, index, A_ID);
  g_autofree char *name = field_of (row, index, A_NAME);
  g_autofree char *kind = field_of (row, index, A_KIND);
  g_autofree char *family = field_of (row, index, A_FAMILY);
  g_autofree char *basis = field_of (row, index, A_BASIS);
  g_autofree char *siren = field_of (row, index, A_SIREN);
  g_autofree char *siret = field_of (row, index, A_SIRET);
  g_autofree char *rna = field_of (row, index, A_RNA);
  g_autofree char *cj = field_of (row, index, A_CJ);
  g_autofree char *naf = field_of (row, index, A_NAF);
  g_autofree char *seat = field_of (row, index, A_SEAT);
  g_autoptr(PtceActor) actor = NULL;
  g_autoptr(GError) local = NULL;
  int value = 0;

  if (*id == '\0')
    {
      g_free (id);
      id = g_strdup (*siren != '\0' ? siren : *siret != '\0' ? siret : rna);
    }
  if (*id == '\0')
    {
      report (self, row->line, 0, NULL,
              g_strdup (_("no id, SIREN, SIRET or RNA number to identify the actor")));
      return FALSE;
    }
  if (*name == '\0')
    {
      report (self, row->line, 0, header_name (header, index[A_NAME]), g_strdup (_("no name")));
      return FALSE;
    }
  if (!check_identifier (self, row, header, index, A_SIREN, siren, ptce_identifier_check_siren) ||
      !check_identifier (self, row, header, index, A_SIRET, siret, ptce_identifier_check_siret) ||
      !check_identifier (self, row, header, index, A_RNA, rna, ptce_identifier_check_rna) ||
      !check_identifier (self, row, header, index, A_CJ, cj,
                         ptce_identifier_check_legal_category) ||
      !check_identifier (self, row, header, index, A_NAF, naf, ptce_identifier_check_naf) ||
      !check_identifier (self, row, header, index, A_SEAT, seat,
                         ptce_identifier_check_commune_code))
    return FALSE;

  actor = ptce_actor_new (id, name);
  if (*kind != '\0')
    {
      if (!parse_word (PTCE_TYPE_ACTOR_KIND, kind, kind_synonyms, &value))
        {
          report (self, row->line, 0, header_name (header, index[A_KIND]),
                  not_a_word (_("an article 9 kind"), kind, PTCE_TYPE_ACTOR_KIND));
          return FALSE;
        }
      ptce_actor_set_kind (actor, value);
    }
  if (*family != '\0')
    {
      if (!parse_word (PTCE_TYPE_ESS_FAMILY, family, family_synonyms, &value))
        {
          report (self, row->line, 0, header_name (header, index[A_FAMILY]),
                  not_a_word (_("an ESS family"), family, PTCE_TYPE_ESS_FAMILY));
          return FALSE;
        }
      ptce_actor_set_ess_family (actor, value);
    }
  if (*basis != '\0')
    {
      if (!parse_word (PTCE_TYPE_ESS_BASIS, basis, basis_synonyms, &value))
        {
          report (self, row->line, 0, header_name (header, index[A_BASIS]),
                  not_a_word (_("an ESS basis"), basis, PTCE_TYPE_ESS_BASIS));
          return FALSE;
        }
      ptce_actor_set_ess_basis (actor, value);
    }
  if (*siren != '\0')
    ptce_actor_set_siren (actor, siren);
  if (*siret != '\0')
    ptce_actor_set_siret (actor, siret);
  if (*rna != '\0')
    ptce_actor_set_rna (actor, rna);
  if (*cj != '\0')
    ptce_actor_set_legal_category (actor, cj);
  if (*naf != '\0')
    ptce_actor_set_naf (actor, naf);
  if (*seat != '\0')
    ptce_actor_set_seat_commune (actor, seat);
  if (!ptce_dataset_add_actor (dataset, actor, &local))
    {
      report (self, row->line, 0, header_name (header, index[A_ID]), g_strdup (local->message));
      return FALSE;
    }
  return TRUE;
}

/**
 * ptce_csv_importer_read_actors:
 * @self: a #PtceCsvImporter
 * @dataset: the dataset to add the actors to
 * @bytes: the CSV table
 * @error: return location for a #GError
 *
 * Adds an actor to @dataset for each row of the table that can be
 * imported whole; the others are reported in #PtceCsvImporter:problems.
 * Columns (`docs/csv.md`): a name (required), and id, kind, ess_family,
 * ess_basis, siren, siret, rna, legal_category, naf, seat_commune, under
 * these names or their French ones. A row without id takes its SIREN,
 * SIRET or RNA number as id.
 *
 * Returns: %TRUE when the table could be read (some rows may still have
 *   been refused: see the problems); %FALSE with @error set, and nothing
 *   added, when it cannot be read at all
 *
 * Since: 1.0
 */
gboolean
ptce_csv_importer_read_actors (PtceCsvImporter  *self,
                               PtceDataset      *dataset,
                               GBytes           *bytes,
                               GError          **error)
{
  g_return_val_if_fail (PTCE_IS_CSV_IMPORTER (self), FALSE);
  g_return_val_if_fail (PTCE_IS_DATASET (dataset), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  ptce_i18n_init ();
  return read_table (self, dataset, bytes, actor_columns, A_N, import_actor, NULL, error);
}

/* ------------------------------------------------------------------ */
/* Memberships                                                         */

enum {
  M_POLE, M_POLE_NAME, M_ACTOR, M_ROLES, M_START, M_END,
  M_N
};

static const Column membership_columns[M_N] = {
  { "pole_id", "pole_id|pole|id_pole|identifiant_pole|ptce", TRUE },
  { "pole_name", "pole_name|nom_du_pole|nom_pole", FALSE },
  { "actor_id", "actor_id|actor|acteur|id_acteur|identifiant_acteur|membre|structure", TRUE },
  { "roles", "roles|role|qualite", FALSE },
  { "start", "start|debut|date_de_debut|date_d_entree|entree|depuis", FALSE },
  { "end", "end|fin|date_de_fin|date_de_sortie|sortie|jusqu_a", FALSE },
};

static const struct {
  const char *word;
  PtceMembershipRole role;
} role_words[] = {
  { "membre-fondateur", PTCE_MEMBERSHIP_ROLE_FOUNDING_MEMBER },
  { "fondateur", PTCE_MEMBERSHIP_ROLE_FOUNDING_MEMBER },
  { "membre", PTCE_MEMBERSHIP_ROLE_MEMBER },
  { "adherent", PTCE_MEMBERSHIP_ROLE_MEMBER },
  { "animateur", PTCE_MEMBERSHIP_ROLE_ANIMATOR },
  { "structure-animatrice", PTCE_MEMBERSHIP_ROLE_ANIMATOR },
  { "porteur", PTCE_MEMBERSHIP_ROLE_ANIMATOR },
  { "heberge", PTCE_MEMBERSHIP_ROLE_TENANT },
  { "locataire", PTCE_MEMBERSHIP_ROLE_TENANT },
  { "partenaire", PTCE_MEMBERSHIP_ROLE_PARTNER },
  { "en-lien-avec", PTCE_MEMBERSHIP_ROLE_PARTNER },
  { "financeur", PTCE_MEMBERSHIP_ROLE_FUNDER },
  { "partenaire-de-recherche", PTCE_MEMBERSHIP_ROLE_RESEARCH_PARTNER },
  { "observateur", PTCE_MEMBERSHIP_ROLE_OBSERVER },
};

static gboolean
parse_roles (const char         *text,
             PtceMembershipRole *roles,
             char              **bad)
{
  g_auto(GStrv) words = g_strsplit_set (text, "|,;/+", -1);

  *roles = PTCE_MEMBERSHIP_ROLE_NONE;
  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *norm = normalise_name (words[i]);
      const char *one[] = { norm, NULL };
      guint found = 0;
      gboolean known = FALSE;

      for (char *p = norm; *p != '\0'; p++)
        if (*p == '_')
          *p = '-';
      if (*norm == '\0')
        continue;
      if (ptce_flags_from_strv (PTCE_TYPE_MEMBERSHIP_ROLE, one, &found, NULL) && found != 0)
        {
          *roles |= found;
          known = TRUE;
        }
      for (gsize k = 0; !known && k < G_N_ELEMENTS (role_words); k++)
        if (g_str_equal (role_words[k].word, norm))
          {
            *roles |= role_words[k].role;
            known = TRUE;
          }
      if (!known)
        {
          *bad = g_strstrip (g_strdup (words[i]));
          return FALSE;
        }
    }
  if (*roles == PTCE_MEMBERSHIP_ROLE_NONE)
    *roles = PTCE_MEMBERSHIP_ROLE_MEMBER;
  return TRUE;
}

/* ISO 8601 (partial allowed), or the French DD/MM/YYYY. */
static PtceDate *
parse_date (const char  *text,
            GError     **error)
{
  int d, m, y;
  char tail;

  if (sscanf (text, "%2d/%2d/%4d%c", &d, &m, &y, &tail) == 3 && strlen (text) == 10)
    {
      g_autofree char *iso = g_strdup_printf ("%04d-%02d-%02d", y, m, d);

      return ptce_date_new_from_iso8601 (iso, error);
    }
  return ptce_date_new_from_iso8601 (text, error);
}

static gboolean
import_membership (PtceCsvImporter *self,
                   PtceDataset     *dataset,
                   Row             *header,
                   const int       *index,
                   Row             *row,
                   gpointer         data)
{
  g_autofree char *pole_id = field_of (row, index, M_POLE);
  g_autofree char *pole_name = field_of (row, index, M_POLE_NAME);
  g_autofree char *actor_id = field_of (row, index, M_ACTOR);
  g_autofree char *roles_text = field_of (row, index, M_ROLES);
  g_autofree char *start_text = field_of (row, index, M_START);
  g_autofree char *end_text = field_of (row, index, M_END);
  g_autofree char *bad = NULL;
  g_autoptr(PtceDate) start = NULL, end = NULL;
  g_autoptr(PtceMembership) membership = NULL;
  g_autoptr(GError) local = NULL;
  PtceMembershipRole roles;
  PtceActor *actor;
  PtcePole *pole;

  if (*pole_id == '\0')
    {
      report (self, row->line, 0, header_name (header, index[M_POLE]), g_strdup (_("no pole")));
      return FALSE;
    }
  actor = *actor_id != '\0' ? ptce_dataset_lookup_actor (dataset, actor_id) : NULL;
  if (actor == NULL)
    {
      report (self, row->line, 0, header_name (header, index[M_ACTOR]),
              *actor_id == '\0' ? g_strdup (_("no actor"))
                                : g_strdup_printf (_("no actor has the id “%s” in the list of actors"),
                                                   actor_id));
      return FALSE;
    }
  if (!parse_roles (roles_text, &roles, &bad))
    {
      report (self, row->line, 0, header_name (header, index[M_ROLES]),
              not_a_word (_("a role"), bad, PTCE_TYPE_MEMBERSHIP_ROLE));
      return FALSE;
    }
  if (*start_text != '\0' && (start = parse_date (start_text, &local)) == NULL)
    {
      report (self, row->line, 0, header_name (header, index[M_START]), g_strdup (local->message));
      return FALSE;
    }
  if (*end_text != '\0' && (end = parse_date (end_text, &local)) == NULL)
    {
      report (self, row->line, 0, header_name (header, index[M_END]), g_strdup (local->message));
      return FALSE;
    }
  if (start != NULL && end != NULL && !ptce_period_is_valid (start, end))
    {
      report (self, row->line, 0, header_name (header, index[M_END]),
              g_strdup_printf (_("the membership ends (%s) before it starts (%s)"),
                               end_text, start_text));
      return FALSE;
    }

  pole = ptce_dataset_lookup_pole (dataset, pole_id);
  if (pole == NULL)
    {
      g_autoptr(PtcePole) created = ptce_pole_new (pole_id, *pole_name != '\0' ? pole_name
                                                                              : pole_id);

      if (!ptce_dataset_add_pole (dataset, created, &local))
        {
          report (self, row->line, 0, header_name (header, index[M_POLE]),
                  g_strdup (local->message));
          return FALSE;
        }
      pole = created;
    }
  membership = ptce_membership_new (actor, roles);
  ptce_membership_set_start (membership, start);
  ptce_membership_set_end (membership, end);
  ptce_pole_add_membership (pole, membership);
  return TRUE;
}

/**
 * ptce_csv_importer_read_memberships:
 * @self: a #PtceCsvImporter
 * @dataset: the dataset, whose actors the rows name
 * @bytes: the CSV table
 * @error: return location for a #GError
 *
 * Adds a membership for each row that can be imported whole: columns
 * pole_id and actor_id (required), and pole_name, roles (role words or
 * their French names, separated by "|", "," or ";"; "member" when empty),
 * start, end (ISO 8601, partial allowed, or DD/MM/YYYY). A pole not yet in
 * @dataset is created; an actor must be. Other rows are reported in
 * #PtceCsvImporter:problems.
 *
 * Returns: %TRUE when the table could be read; %FALSE with @error set, and
 *   nothing added, when it cannot be read at all
 *
 * Since: 1.0
 */
gboolean
ptce_csv_importer_read_memberships (PtceCsvImporter  *self,
                                    PtceDataset      *dataset,
                                    GBytes           *bytes,
                                    GError          **error)
{
  g_return_val_if_fail (PTCE_IS_CSV_IMPORTER (self), FALSE);
  g_return_val_if_fail (PTCE_IS_DATASET (dataset), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  ptce_i18n_init ();
  return read_table (self, dataset, bytes, membership_columns, M_N, import_membership, NULL,
                     error);
}
