/* ptce-legal-categories.c
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "ptce-enum-types.h"
#include "ptce-error.h"
#include "ptce-i18n-private.h"
#include "ptce-identifier.h"
#include "ptce-legal-categories.h"
#include "ptce-legal-categories-private.h"
#include "ptce-reference-private.h"
#include "ptce-reference-resources.h"

/**
 * SECTION:ptce-legal-categories
 * @Title: PtceLegalCategories
 * @Short_description: the INSEE legal categories, and what an actor's
 *   category says of it
 *
 * #PtceLegalCategories is the nomenclature of INSEE legal categories
 * (level III) as data: the library embeds two files of
 * data/legal-categories/, the nomenclature with an ESS family for the
 * categories that are ESS by status (`insee-categories-juridiques.csv`),
 * and rules by ranges of codes for the article 9 kind an actor of a
 * category most likely is and for the ESS default of the other categories
 * (`legal-category-rules.csv`). Both are data with a provenance, not law:
 * ptce_legal_categories_new_from_files() loads replacements.
 *
 * ptce_legal_categories_infer_actor() combines an actor's stated kind and
 * ESS qualification with what its category implies; stated data always
 * win, and inferences are reported as such (#PtceActorInference).
 *
 * A #PtceLegalCategories made with g_object_new() (`Ptce.LegalCategories()`
 * in Python, `new Ptce.LegalCategories()` in GJS) is an empty nomenclature,
 * safe to use: every lookup returns %NULL, the list is empty and inference
 * rests on the actor's stated data only. Use
 * ptce_legal_categories_get_default() for the embedded one.
 */

/**
 * PtceLegalCategories:
 *
 * The nomenclature of INSEE legal categories, with the rules libptce derives from it. Its fields are private: use the accessors.
 *
 * Since: 1.0
 */

/**
 * PTCE_TYPE_LEGAL_CATEGORIES:
 *
 * The #GType of #PtceLegalCategories.
 *
 * Since: 1.0
 */

#define CATEGORIES_RESOURCE "/org/libptce/reference/insee-categories-juridiques.csv"
#define RULES_RESOURCE "/org/libptce/reference/legal-category-rules.csv"

struct _PtceLegalCategories
{
  GObject     parent_instance;

  GListStore *list;    /* PtceLegalCategory, in code order */
  GHashTable *by_code; /* code → PtceLegalCategory (borrowed from list) */
};

G_DEFINE_FINAL_TYPE (PtceLegalCategories, ptce_legal_categories, G_TYPE_OBJECT)

static void
ptce_legal_categories_finalize (GObject *object)
{
  PtceLegalCategories *self = (PtceLegalCategories *) object;

  g_clear_pointer (&self->by_code, g_hash_table_unref);
  g_clear_object (&self->list);

  G_OBJECT_CLASS (ptce_legal_categories_parent_class)->finalize (object);
}

static void
ptce_legal_categories_class_init (PtceLegalCategoriesClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ptce_legal_categories_finalize;
}

static void
ptce_legal_categories_init (PtceLegalCategories *self)
{
  self->list = g_list_store_new (PTCE_TYPE_LEGAL_CATEGORY);
  self->by_code = g_hash_table_new (g_str_hash, g_str_equal);
}

typedef struct {
  char          *prefix;
  PtceActorKind  kind;
  gboolean       not_ess;
  gboolean       commercial;
  char          *note;
} Rule;

static void
rule_clear (gpointer data)
{
  Rule *rule = data;

  g_free (rule->prefix);
  g_free (rule->note);
}

G_GNUC_PRINTF (4, 5)
static gboolean
fail (GError     **error,
      const char  *name,
      guint        line,
      const char  *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_REFERENCE_DATA,
               "%s:%u: %s", name, line, message);
  return FALSE;
}

typedef gboolean (*RecordFunc) (char       **fields,
                                const int   *columns,
                                const char  *name,
                                guint        line,
                                gpointer     user_data,
                                GError     **error);

/* Reads a CSV file whose header names @wanted columns (in any order; a
 * column marked optional with a leading "?" may be missing, giving -1). */
static gboolean
read_csv (GBytes       *bytes,
          const char   *name,
          const char  **wanted,
          guint         n_wanted,
          RecordFunc    func,
          gpointer      user_data,
          GError      **error)
{
  gsize size;
  const char *raw = g_bytes_get_data (bytes, &size);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  int columns[8];
  gboolean header_seen = FALSE;
  const char *bad = NULL;

  g_assert (n_wanted <= G_N_ELEMENTS (columns));

  /* With a length, g_utf8_validate() also stops at a NUL byte: name the
   * line of the first bad byte, not line 1. */
  if (raw != NULL && !g_utf8_validate_len (raw, size, &bad))
    {
      guint line = 1;

      for (const char *p = raw; p < bad; p++)
        if (*p == '\n')
          line++;
      return fail (error, name, line, _("not UTF-8 text"));
    }
  text = g_strndup (raw != NULL ? raw : "", size);
  lines = g_strsplit (text, "\n", -1);

  for (guint l = 0; lines[l] != NULL; l++)
    {
      g_auto(GStrv) fields = NULL;
      gsize len = strlen (lines[l]);
      guint n_fields;

      if (len > 0 && lines[l][len - 1] == '\r')
        lines[l][len - 1] = '\0';
      if (lines[l][0] == '\0')
        continue;
      fields = ptce_reference_csv_split (lines[l]);
      if (fields == NULL)
        return fail (error, name, l + 1, _("broken quoting"));
      n_fields = g_strv_length (fields);

      if (!header_seen)
        {
          for (guint w = 0; w < n_wanted; w++)
            {
              const char *column = wanted[w][0] == '?' ? wanted[w] + 1 : wanted[w];

              columns[w] = -1;
              for (guint f = 0; f < n_fields; f++)
                if (strcmp (fields[f], column) == 0)
                  columns[w] = (int) f;
              if (columns[w] < 0 && wanted[w][0] != '?')
                return fail (error, name, l + 1, _("the header has no column “%s”"), column);
            }
          header_seen = TRUE;
          continue;
        }

      for (guint w = 0; w < n_wanted; w++)
        if (columns[w] >= (int) n_fields)
          return fail (error, name, l + 1, _("the record has %u fields, fewer than the header"), n_fields);
      if (!func (fields, columns, name, l + 1, user_data, error))
        return FALSE;
    }
  if (!header_seen)
    return fail (error, name, 1, _("the file is empty"));
  return TRUE;
}

static gboolean
parse_rule (char       **fields,
            const int   *columns,
            const char  *name,
            guint        line,
            gpointer     user_data,
            GError     **error)
{
  GArray *rules = user_data;
  const char *prefix = fields[columns[0]];
  const char *kind = fields[columns[1]];
  const char *ess = fields[columns[2]];
  const char *commercial = fields[columns[3]];
  GEnumClass *kinds;
  GEnumValue *value;
  Rule rule = { 0, };
  gsize len = strlen (prefix);

  if (len < 1 || len > 4 || strspn (prefix, "0123456789") != len)
    {
      g_autofree char *quoted = ptce_reference_quote (prefix, 40);
      return fail (error, name, line, _("a prefix is 1 to 4 digits, not “%s”"), quoted);
    }
  kinds = g_type_class_ref (PTCE_TYPE_ACTOR_KIND);
  value = g_enum_get_value_by_nick (kinds, kind);
  g_type_class_unref (kinds);
  if (value == NULL)
    {
      g_autofree char *quoted = ptce_reference_quote (kind, 40);
      return fail (error, name, line, _("unknown actor kind “%s”"), quoted);
    }
  if (strcmp (ess, "not-ess") != 0 && strcmp (ess, "unknown") != 0)
    {
      g_autofree char *quoted = ptce_reference_quote (ess, 40);
      return fail (error, name, line, _("the ESS default is “not-ess” or “unknown”, not “%s”"), quoted);
    }
  if (strcmp (commercial, "yes") != 0 && strcmp (commercial, "no") != 0)
    {
      g_autofree char *quoted = ptce_reference_quote (commercial, 40);
      return fail (error, name, line, _("commercial_company is “yes” or “no”, not “%s”"), quoted);
    }
  for (guint i = 0; i < rules->len; i++)
    if (strcmp (g_array_index (rules, Rule, i).prefix, prefix) == 0)
      return fail (error, name, line, _("prefix %s has two rules"), prefix);

  rule.prefix = g_strdup (prefix);
  rule.kind = (PtceActorKind) value->value;
  rule.not_ess = strcmp (ess, "not-ess") == 0;
  rule.commercial = strcmp (commercial, "yes") == 0;
  rule.note = columns[4] >= 0 ? g_strdup (fields[columns[4]]) : NULL;
  g_array_append_val (rules, rule);
  return TRUE;
}

typedef struct {
  PtceLegalCategories *self;
  GArray              *rules;
  GPtrArray           *categories;
  GHashTable          *codes;  /* the codes of @categories (theirs, borrowed) */
} CategoryContext;

static const Rule *
longest_rule (GArray     *rules,
              const char *code)
{
  const Rule *best = NULL;

  for (guint i = 0; i < rules->len; i++)
    {
      const Rule *rule = &g_array_index (rules, Rule, i);

      if (g_str_has_prefix (code, rule->prefix) &&
          (best == NULL || strlen (rule->prefix) > strlen (best->prefix)))
        best = rule;
    }
  return best;
}

static gboolean
parse_category (char       **fields,
                const int   *columns,
                const char  *name,
                guint        line,
                gpointer     user_data,
                GError     **error)
{
  CategoryContext *ctx = user_data;
  const char *code = fields[columns[0]];
  const char *label = fields[columns[1]];
  const char *family_text = columns[2] >= 0 ? fields[columns[2]] : "";
  g_autoptr(GError) local = NULL;
  const Rule *rule;
  PtceEssFamily family = PTCE_ESS_FAMILY_UNKNOWN;
  PtceEssBasis basis = PTCE_ESS_BASIS_UNKNOWN;
  PtceDerivation derivation = PTCE_DERIVATION_NONE;
  gboolean doubtful = FALSE;

  if (!ptce_identifier_check_legal_category (code, &local))
    return fail (error, name, line, "%s", local->message);
  if (*label == '\0')
    return fail (error, name, line, _("legal category %s has no label"), code);
  /* a set, not a walk of the categories read so far for each line */
  if (g_hash_table_contains (ctx->codes, code))
    return fail (error, name, line, _("legal category %s is listed twice"), code);

  if (*family_text != '\0')
    {
      static const struct { const char *word; PtceEssFamily family; } words[] = {
        { "association", PTCE_ESS_FAMILY_ASSOCIATION },
        { "cooperative", PTCE_ESS_FAMILY_COOPERATIVE },
        { "mutual", PTCE_ESS_FAMILY_MUTUAL },
        { "foundation", PTCE_ESS_FAMILY_FOUNDATION },
      };
      g_autofree char *word = g_strdup (family_text);
      gboolean found = FALSE;

      if (g_str_has_suffix (word, "-doubtful"))
        {
          word[strlen (word) - strlen ("-doubtful")] = '\0';
          doubtful = TRUE;
        }
      for (gsize i = 0; i < G_N_ELEMENTS (words); i++)
        if (strcmp (word, words[i].word) == 0)
          {
            family = words[i].family;
            found = TRUE;
          }
      if (!found)
        {
          g_autofree char *quoted = ptce_reference_quote (family_text, 40);
          return fail (error, name, line,
                       _("unknown ESS family “%s” (association, cooperative, mutual or foundation, optionally with “-doubtful”)"),
                       quoted);
        }
      basis = doubtful ? PTCE_ESS_BASIS_UNKNOWN : PTCE_ESS_BASIS_BY_STATUS;
      derivation = PTCE_DERIVATION_EXPLICIT;
    }

  rule = longest_rule (ctx->rules, code);
  if (derivation == PTCE_DERIVATION_NONE && rule != NULL)
    {
      family = rule->not_ess ? PTCE_ESS_FAMILY_NONE : PTCE_ESS_FAMILY_UNKNOWN;
      basis = rule->not_ess ? PTCE_ESS_BASIS_NOT_ESS : PTCE_ESS_BASIS_UNKNOWN;
      derivation = PTCE_DERIVATION_INFERRED;
    }

  g_ptr_array_add (ctx->categories,
                   ptce_legal_category_new (code, label, family, basis, derivation, doubtful,
                                            rule != NULL ? rule->kind : PTCE_ACTOR_KIND_UNKNOWN,
                                            rule != NULL ? rule->note : NULL,
                                            rule != NULL && rule->commercial));
  g_hash_table_add (ctx->codes,
                    (gpointer) ptce_legal_category_get_code (g_ptr_array_index (ctx->categories,
                                                                                ctx->categories->len - 1)));
  return TRUE;
}

static int
compare_categories (gconstpointer a,
                    gconstpointer b)
{
  return strcmp (ptce_legal_category_get_code (*(PtceLegalCategory **) a),
                 ptce_legal_category_get_code (*(PtceLegalCategory **) b));
}

static PtceLegalCategories *
load (GBytes      *categories,
      const char  *categories_name,
      GBytes      *rules,
      const char  *rules_name,
      GError     **error)
{
  static const char *rule_columns[] = { "prefix", "suggested_kind", "ess_default",
                                        "commercial_company", "?note" };
  static const char *category_columns[] = { "code", "label", "?ess_family_by_status" };
  g_autoptr(GArray) rule_array = g_array_new (FALSE, TRUE, sizeof (Rule));
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) codes = g_hash_table_new (g_str_hash, g_str_equal);
  CategoryContext ctx = { NULL, rule_array, list, codes };
  PtceLegalCategories *self;

  g_array_set_clear_func (rule_array, rule_clear);
  if (!read_csv (rules, rules_name, rule_columns, G_N_ELEMENTS (rule_columns),
                 parse_rule, rule_array, error))
    return NULL;
  if (!read_csv (categories, categories_name, category_columns, G_N_ELEMENTS (category_columns),
                 parse_category, &ctx, error))
    return NULL;
  if (list->len == 0)
    {
      g_set_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_REFERENCE_DATA,
                   _("%s: no legal category"), categories_name);
      return NULL;
    }

  g_ptr_array_sort (list, compare_categories);
  self = g_object_new (PTCE_TYPE_LEGAL_CATEGORIES, NULL);
  g_list_store_splice (self->list, 0, 0, list->pdata, list->len);
  for (guint i = 0; i < list->len; i++)
    {
      PtceLegalCategory *category = g_ptr_array_index (list, i);
      g_hash_table_insert (self->by_code, (gpointer) ptce_legal_category_get_code (category), category);
    }
  return self;
}

/**
 * ptce_legal_categories_get_default:
 *
 * Gets the legal categories embedded in the library: the INSEE
 * nomenclature and the rules of data/legal-categories/.
 *
 * Returns: (transfer none): the embedded #PtceLegalCategories
 *
 * Since: 1.0
 */
PtceLegalCategories *
ptce_legal_categories_get_default (void)
{
  static PtceLegalCategories *default_categories = NULL;

  if (g_once_init_enter (&default_categories))
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) categories = NULL;
      g_autoptr(GBytes) rules = NULL;
      PtceLegalCategories *self;

      ptce_i18n_init ();
      categories = g_resource_lookup_data (ptce_reference_get_resource (), CATEGORIES_RESOURCE,
                                           G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
      if (categories != NULL)
        rules = g_resource_lookup_data (ptce_reference_get_resource (), RULES_RESOURCE,
                                        G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
      if (rules == NULL)
        g_error ("libptce was built without its legal categories: %s", error->message);
      self = load (categories, "insee-categories-juridiques.csv",
                   rules, "legal-category-rules.csv", &error);
      if (self == NULL)
        g_error ("The legal categories embedded in libptce are damaged: %s", error->message);
      g_once_init_leave (&default_categories, self);
    }
  return default_categories;
}

static GBytes *
read_file (const char  *path,
           GError     **error)
{
  /* INSEE's nomenclature is 14 kB: 16 MiB refuses only a runaway file. */
  return ptce_reference_read_file (path, (goffset) 16 << 20, error);
}

/**
 * ptce_legal_categories_new_from_files:
 * @categories_path: (type filename): a CSV file with the columns `code`,
 *   `label` and, optionally, `ess_family_by_status`
 * @rules_path: (type filename) (nullable): a CSV file of rules by code
 *   prefix (`prefix`, `suggested_kind`, `ess_default`,
 *   `commercial_company`, `note`), or %NULL for the embedded rules
 * @error: return location for a #GError, or %NULL
 *
 * Loads another version of the nomenclature, or of the rules: the formats
 * are those of the files in data/legal-categories/ (docs/reference-data.md).
 *
 * Returns: (transfer full) (nullable): a new #PtceLegalCategories, or
 *   %NULL with @error set (%PTCE_ERROR_IO, or
 *   %PTCE_ERROR_INVALID_REFERENCE_DATA with the file and line)
 *
 * Since: 1.0
 */
PtceLegalCategories *
ptce_legal_categories_new_from_files (const char  *categories_path,
                                      const char  *rules_path,
                                      GError     **error)
{
  g_autoptr(GBytes) categories = NULL;
  g_autoptr(GBytes) rules = NULL;
  g_autofree char *categories_name = NULL;
  g_autofree char *rules_name = NULL;

  g_return_val_if_fail (categories_path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  ptce_i18n_init ();

  categories = read_file (categories_path, error);
  if (categories == NULL)
    return NULL;
  categories_name = g_filename_display_name (categories_path);
  if (rules_path != NULL)
    {
      rules = read_file (rules_path, error);
      if (rules == NULL)
        return NULL;
      rules_name = g_filename_display_name (rules_path);
    }
  else
    {
      rules = g_resource_lookup_data (ptce_reference_get_resource (), RULES_RESOURCE,
                                      G_RESOURCE_LOOKUP_FLAGS_NONE, error);
      if (rules == NULL)
        return NULL;
      rules_name = g_strdup ("legal-category-rules.csv");
    }
  return load (categories, categories_name, rules, rules_name, error);
}

/**
 * ptce_legal_categories_new_from_bytes:
 * @categories: the contents of a nomenclature file
 * @rules: (nullable): the contents of a rules file, or %NULL for the
 *   embedded rules
 * @error: return location for a #GError, or %NULL
 *
 * Loads legal categories from memory, in the formats that
 * ptce_legal_categories_new_from_files() reads.
 *
 * Returns: (transfer full) (nullable): a new #PtceLegalCategories, or
 *   %NULL with @error set
 *
 * Since: 1.0
 */
PtceLegalCategories *
ptce_legal_categories_new_from_bytes (GBytes  *categories,
                                      GBytes  *rules,
                                      GError **error)
{
  g_autoptr(GBytes) embedded_rules = NULL;

  g_return_val_if_fail (categories != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  ptce_i18n_init ();

  if (rules == NULL)
    {
      embedded_rules = g_resource_lookup_data (ptce_reference_get_resource (), RULES_RESOURCE,
                                               G_RESOURCE_LOOKUP_FLAGS_NONE, error);
      if (embedded_rules == NULL)
        return NULL;
      rules = embedded_rules;
    }
  return load (categories, "<categories>", rules, "<rules>", error);
}

/**
 * ptce_legal_categories_lookup:
 * @self: a #PtceLegalCategories
 * @code: a 4-digit legal category code
 *
 * Looks up a legal category.
 *
 * Returns: (transfer full) (nullable): the #PtceLegalCategory, or %NULL
 *   when the nomenclature has no such code
 *
 * Since: 1.0
 */
PtceLegalCategory *
ptce_legal_categories_lookup (PtceLegalCategories *self,
                              const char          *code)
{
  PtceLegalCategory *category;

  g_return_val_if_fail (PTCE_IS_LEGAL_CATEGORIES (self), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  category = g_hash_table_lookup (self->by_code, code);
  return category != NULL ? g_object_ref (category) : NULL;
}

/**
 * ptce_legal_categories_check:
 * @self: a #PtceLegalCategories
 * @code: a legal category code
 * @error: return location for a #GError, or %NULL
 *
 * Checks that @code is a legal category of the nomenclature.
 *
 * Returns: %TRUE when it is, or %FALSE with @error set to
 *   %PTCE_ERROR_INVALID_IDENTIFIER saying what is wrong
 *
 * Since: 1.0
 */
gboolean
ptce_legal_categories_check (PtceLegalCategories  *self,
                             const char           *code,
                             GError              **error)
{
  g_return_val_if_fail (PTCE_IS_LEGAL_CATEGORIES (self), FALSE);
  g_return_val_if_fail (code != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  ptce_i18n_init ();

  if (!ptce_identifier_check_legal_category (code, error))
    return FALSE;
  if (!g_hash_table_contains (self->by_code, code))
    {
      g_set_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_IDENTIFIER,
                   _("Legal category “%s” is not in the INSEE nomenclature"), code);
      return FALSE;
    }
  return TRUE;
}

/**
 * ptce_legal_categories_list:
 * @self: a #PtceLegalCategories
 *
 * Lists the legal categories, in code order.
 *
 * Returns: (transfer full): a #GListModel of #PtceLegalCategory
 *
 * Since: 1.0
 */
GListModel *
ptce_legal_categories_list (PtceLegalCategories *self)
{
  GListStore *copy;

  g_return_val_if_fail (PTCE_IS_LEGAL_CATEGORIES (self), NULL);

  /* A copy: the caller may change it without changing the nomenclature. */
  copy = g_list_store_new (PTCE_TYPE_LEGAL_CATEGORY);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->list)); i++)
    {
      g_autoptr(PtceLegalCategory) category = g_list_model_get_item (G_LIST_MODEL (self->list), i);
      g_list_store_append (copy, category);
    }
  return G_LIST_MODEL (copy);
}

/**
 * ptce_legal_categories_infer_actor:
 * @self: a #PtceLegalCategories
 * @actor: a #PtceActor
 *
 * Works out the article 9 kind and the ESS family and basis of an actor:
 * what its data state, and, for what they leave unknown, what its legal
 * category implies. An actor without a legal category, or with one the
 * nomenclature does not know, gets only what it states (and an ESS basis
 * that its stated family implies).
 *
 * Returns: (transfer full): a new #PtceActorInference
 *
 * Since: 1.0
 */
PtceActorInference *
ptce_legal_categories_infer_actor (PtceLegalCategories *self,
                                   PtceActor           *actor)
{
  const char *code;
  PtceLegalCategory *category = NULL;

  g_return_val_if_fail (PTCE_IS_LEGAL_CATEGORIES (self), NULL);
  g_return_val_if_fail (PTCE_IS_ACTOR (actor), NULL);

  code = ptce_actor_get_legal_category (actor);
  if (code != NULL)
    category = g_hash_table_lookup (self->by_code, code);
  return ptce_actor_inference_new_for_actor (actor, category);
}

void
ptce_legal_categories_infer_actor_data (PtceLegalCategories    *self,
                                        PtceActor              *actor,
                                        PtceActorInferenceData *data)
{
  const char *code = ptce_actor_get_legal_category (actor);
  PtceLegalCategory *category = NULL;

  if (code != NULL)
    category = g_hash_table_lookup (self->by_code, code);
  ptce_actor_inference_data_fill (data, actor, category);
}
