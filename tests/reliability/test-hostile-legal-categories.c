/* test-hostile-legal-categories.c: hostile input for legal-category files
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * ptce_legal_categories_new_from_files() reads two CSV files: the INSEE
 * nomenclature (code,label,ess_family_by_status) and the rules by code
 * prefix (prefix,suggested_kind,ess_default,commercial_company,note).
 * Families (docs/reliability.md):
 * - table: tests/data/hostile/legal-categories/ with cases.tsv; a file
 *   named rules-* replaces the rules (with the real nomenclature), any
 *   other the nomenclature (with the embedded rules);
 * - truncation: the two real files of data/legal-categories/ cut at every
 *   byte. A cut is refused with PTCE_ERROR_INVALID_REFERENCE_DATA naming
 *   the line where the text stops, except where what is left is still a
 *   valid file, which the reader cannot tell from a whole one (CSV has no
 *   end mark): a cut at a line end (before or after its \r, or its \n),
 *   a nomenclature cut inside “association-doubtful” leaving
 *   “association”, a rules cut inside the free-text note. Those load, and
 *   the test asserts it of exactly those cuts, with fewer categories (or
 *   for the rules, a result that differs from the whole file);
 * - damage: every column of every row of both real files given a wrong
 *   value, refused at that row's line;
 * - files: a directory, /dev/null, /dev/zero, a missing file and a sparse
 *   file over the 16 MiB limit, in either place.
 */
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "libptce.h"
#include "hostile-common.h"

#define READER "legal-categories"

static gboolean
under_valgrind (void)
{
  return g_getenv ("PTCE_UNDER_VALGRIND") != NULL;
}

static char *
real_path (const char *name)
{
  return g_build_filename (PTCE_LEGAL_CATEGORIES_DIR, name, NULL);
}

static GBytes *
read_real (const char *name)
{
  g_autofree char *path = real_path (name);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static guint
n_categories (PtceLegalCategories *categories)
{
  g_autoptr(GListModel) list = ptce_legal_categories_list (categories);

  return g_list_model_get_n_items (list);
}

/* Reads everything loaded legal categories offer, and describes it (a
 * category a line: code, kind, ESS family and basis, note) so that two
 * loads can be compared. */
static char *
read_everything (PtceLegalCategories *categories)
{
  g_autoptr(GListModel) list = ptce_legal_categories_list (categories);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PtceLegalCategory) c = g_list_model_get_item (list, i);
      const char *code = ptce_legal_category_get_code (c);
      g_autoptr(PtceLegalCategory) again = ptce_legal_categories_lookup (categories, code);
      const char *label = ptce_legal_category_get_label (c);
      const char *note = ptce_legal_category_get_note (c);
      g_autoptr(GError) error = NULL;

      g_assert_nonnull (again);
      g_assert_true (g_utf8_validate (code, -1, NULL));
      g_assert_true (g_utf8_validate (label, -1, NULL));
      g_assert_true (note == NULL || g_utf8_validate (note, -1, NULL));
      g_assert_true (ptce_legal_categories_check (categories, code, &error));
      g_assert_no_error (error);
      g_string_append_printf (out, "%s %d %d %d %s\n", code,
                              ptce_legal_category_get_suggested_kind (c),
                              ptce_legal_category_get_ess_family (c),
                              ptce_legal_category_get_ess_basis (c),
                              note != NULL ? note : "-");
    }
  return g_string_free (out, FALSE);
}

/* ---- the table ------------------------------------------------------------ */

static void
test_table (void)
{
  g_autoptr(GPtrArray) cases = hostile_load_cases (READER);
  g_autofree char *real_categories = real_path ("insee-categories-juridiques.csv");

  for (guint i = 0; i < cases->len; i++)
    {
      HostileCase *c = g_ptr_array_index (cases, i);
      g_autofree char *path = hostile_path (READER, c->input);
      g_autofree char *label = g_strdup_printf (READER "/cases.tsv:%u %s (%s)", c->line, c->input, c->note);
      g_autoptr(GError) error = NULL;
      g_autoptr(PtceLegalCategories) categories = NULL;

      if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
        g_error ("%s: no file %s", label, path);
      if (g_str_has_prefix (c->input, "rules-"))
        categories = ptce_legal_categories_new_from_files (real_categories, path, &error);
      else
        categories = ptce_legal_categories_new_from_files (path, NULL, &error);
      if (hostile_case_is_ok (c))
        {
          hostile_assert_ok (categories != NULL, error, label);
          if (categories != NULL)
            g_free (read_everything (categories));
        }
      else
        {
          hostile_assert_error (error, c->domain_quark, c->code, c->substring, path, label);
          g_assert_null (categories);
        }
    }
  hostile_report_count (READER, "table", cases->len);
}

/* ---- truncation ----------------------------------------------------------- */

/* The line of @pos (1-based) and where it starts. */
static guint
line_of (const char  *data,
         gsize        pos,
         gsize       *line_start)
{
  guint line = 1;

  *line_start = 0;
  for (gsize i = 0; i < pos; i++)
    if (data[i] == '\n')
      {
        line++;
        *line_start = i + 1;
      }
  return line;
}

/* Whether the cut line @partial (its \r taken off) is a whole line of
 * the file: the one @full starts with. */
static gboolean
is_line_end (const char *partial,
             gsize       partial_len,
             const char *full)
{
  gsize full_len = strcspn (full, "\r\n");

  return partial_len == full_len && memcmp (partial, full, full_len) == 0;
}

/* Whether the cut leaves a last field that legitimately reads: the
 * nomenclature's ess_family_by_status cut to nothing (no family) or from
 * “X-doubtful” to “X”, or the rules' free-text note cut outside quotes. */
static gboolean
is_valid_field_cut (gboolean    rules,
                    const char *partial,
                    gsize       partial_len)
{
  g_autofree char *text = g_strndup (partial, partial_len);
  const char *last = NULL;
  guint commas = 0;
  gboolean quoted = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (*p == ',' && !quoted)
        {
          commas++;
          last = p + 1;
        }
    }
  if (quoted)
    return FALSE;
  if (rules)
    return commas == 4;
  return commas == 2 &&
         (*last == '\0' || strcmp (last, "association") == 0 || strcmp (last, "cooperative") == 0 ||
          strcmp (last, "mutual") == 0 || strcmp (last, "foundation") == 0);
}

/* What a cut must give. */
typedef enum {
  CUT_REFUSED_AT_LINE,    /* INVALID_REFERENCE_DATA at the line of the cut */
  CUT_NO_CATEGORY,        /* a header and no record: “<categories>: no legal category” */
  CUT_LOADS,              /* what is left is a valid file */
} CutOutcome;

static void
cut_file (const char *name,
          gboolean    rules)
{
  g_autoptr(GBytes) whole = read_real (name);
  g_autoptr(GBytes) nomenclature = rules ? read_real ("insee-categories-juridiques.csv") : NULL;
  gsize size;
  const char *data = g_bytes_get_data (whole, &size);
  const char *input_name = rules ? "<rules>" : "<categories>";
  /* The header, up to its last required column: the optional last one
   * (ess_family_by_status, note) may be cut away. */
  const char *required_header = rules ? "prefix,suggested_kind,ess_default,commercial_company" : "code,label";
  g_autoptr(GError) error = NULL;
  g_autoptr(PtceLegalCategories) reference = NULL;
  g_autofree char *reference_text = NULL;
  guint total, n = 0, loaded = 0, at_line_end = 0, in_field = 0, in_header = 0;
  /* Under valgrind, every 7th byte: the same family, sampled. */
  gsize step = under_valgrind () ? 7 : 1;
  g_autofree char *family = g_strdup_printf ("truncation-%s", rules ? "rules" : "categories");

  reference = rules ? ptce_legal_categories_new_from_bytes (nomenclature, whole, &error)
                    : ptce_legal_categories_new_from_bytes (whole, NULL, &error);
  g_assert_no_error (error);
  total = n_categories (reference);
  reference_text = read_everything (reference);

  for (gsize cut = 0; cut < size; cut += step)
    {
      g_autoptr(GBytes) bytes = g_bytes_new (data, cut);
      g_autoptr(PtceLegalCategories) categories = NULL;
      g_autofree char *label = g_strdup_printf ("%s cut at byte %" G_GSIZE_FORMAT, name, cut);
      gsize line_start;
      guint line = line_of (data, cut, &line_start);
      const char *partial = data + line_start;
      gsize partial_len = cut - line_start;
      guint whole_lines;   /* header included */
      CutOutcome outcome;

      g_clear_error (&error);
      if (partial_len > 0 && partial[partial_len - 1] == '\r')
        partial_len--;

      if (partial_len == 0 || is_line_end (partial, partial_len, partial))
        {
          /* a cut at a line end, before or after its \r or its \n */
          whole_lines = partial_len == 0 ? line - 1 : line;
          if (whole_lines == 0)
            outcome = CUT_REFUSED_AT_LINE;              /* “:1: the file is empty” */
          else if (whole_lines == 1 && !rules)
            outcome = CUT_NO_CATEGORY;
          else
            outcome = CUT_LOADS;                        /* (rules: none at all is valid) */
          if (outcome == CUT_LOADS)
            at_line_end++;
        }
      else if (line == 1)
        {
          whole_lines = 0;
          outcome = partial_len >= strlen (required_header) ? (rules ? CUT_LOADS : CUT_NO_CATEGORY)
                                                            : CUT_REFUSED_AT_LINE;
          if (outcome == CUT_LOADS)
            in_header++;
        }
      else if (g_utf8_validate_len (partial, partial_len, NULL) &&
               is_valid_field_cut (rules, partial, partial_len))
        {
          whole_lines = line;
          outcome = CUT_LOADS;
          in_field++;
        }
      else
        {
          whole_lines = line - 1;
          outcome = CUT_REFUSED_AT_LINE;
        }

      categories = rules ? ptce_legal_categories_new_from_bytes (nomenclature, bytes, &error)
                         : ptce_legal_categories_new_from_bytes (bytes, NULL, &error);
      n++;

      switch (outcome)
        {
        case CUT_LOADS:
          {
            g_autofree char *text = NULL;

            hostile_assert_ok (categories != NULL, error, label);
            if (categories == NULL)
              break;
            loaded++;
            text = read_everything (categories);
            if (!rules)
              {
                /* every record of the whole lines, and no other */
                g_assert_cmpuint (n_categories (categories), ==, whole_lines - 1);
                /* fewer, unless only the last line end was cut away */
                if (cut < size - 2)
                  g_assert_cmpuint (n_categories (categories), <, total);
              }
            else
              {
                /* the same nomenclature; fewer rules or a shorter note
                 * show in what some category says, except for the whole
                 * file without its last \n */
                g_assert_cmpuint (n_categories (categories), ==, total);
                if (cut < size - 1 && g_strcmp0 (text, reference_text) == 0)
                  {
                    g_test_message ("%s: loads and reads exactly as the whole file", label);
                    g_test_fail ();
                  }
              }
          }
          break;

        case CUT_NO_CATEGORY:
          g_assert_null (categories);
          hostile_assert_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_REFERENCE_DATA,
                                "<categories>: no legal category", NULL, label);
          break;

        case CUT_REFUSED_AT_LINE:
          {
            g_autofree char *place = g_strdup_printf ("%s:%u: ", input_name, line);

            if (categories != NULL)
              {
                g_test_message ("%s: loads, but should be refused at line %u", label, line);
                g_test_fail ();
                break;
              }
            hostile_assert_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_REFERENCE_DATA, place, NULL, label);
          }
          break;

        default:
          g_assert_not_reached ();
        }
    }
  g_test_message ("%s: %u of %u cuts load: %u at a line end, %u inside a last field that stays valid, "
                  "%u in the header after its required columns",
                  name, loaded, n, at_line_end, in_field, in_header);
  g_assert_cmpuint (loaded, >, 0);
  hostile_report_count (READER, family, n);
}

static void
test_truncation_categories (void)
{
  cut_file ("insee-categories-juridiques.csv", FALSE);
}

static void
test_truncation_rules (void)
{
  cut_file ("legal-category-rules.csv", TRUE);
}

/* ---- a wrong value in every column of every row -------------------------- */

/* The fields of a CSV line as they are written (quotes kept). */
static GPtrArray *
raw_fields (const char *line)
{
  GPtrArray *fields = g_ptr_array_new_with_free_func (g_free);
  const char *start = line;
  gboolean quoted = FALSE;

  for (const char *p = line;; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if ((*p == ',' && !quoted) || *p == '\0')
        {
          g_ptr_array_add (fields, g_strndup (start, (gsize) (p - start)));
          if (*p == '\0')
            break;
          start = p + 1;
        }
    }
  return fields;
}

static void
damage_file (const char          *name,
             gboolean             rules,
             const char * const  *wrong,
             guint                n_columns)
{
  g_autoptr(GBytes) whole = read_real (name);
  g_autoptr(GBytes) nomenclature = rules ? read_real ("insee-categories-juridiques.csv") : NULL;
  g_autofree char *text = g_strndup (g_bytes_get_data (whole, NULL), g_bytes_get_size (whole));
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  const char *input_name = rules ? "<rules>" : "<categories>";
  guint n = 0;
  g_autofree char *family = g_strdup_printf ("damage-%s", rules ? "rules" : "categories");

  for (guint l = 1; lines[l] != NULL; l++)
    {
      g_autofree char *line = g_strdup (lines[l]);
      const char *eol = "";
      g_autoptr(GPtrArray) fields = NULL;

      if (*line == '\0')
        continue;
      if (g_str_has_suffix (line, "\r"))
        {
          line[strlen (line) - 1] = '\0';
          eol = "\r";
        }
      fields = raw_fields (line);
      g_assert_cmpuint (fields->len, ==, n_columns);

      for (guint col = 0; col < n_columns; col++)
        {
          GString *damaged = g_string_new (NULL);
          g_autoptr(GBytes) bytes = NULL;
          g_autoptr(GError) error = NULL;
          g_autoptr(PtceLegalCategories) categories = NULL;
          g_autofree char *label = g_strdup_printf ("%s line %u, column %u set to “%s”", name, l + 1, col + 1, wrong[col]);
          g_autofree char *place = g_strdup_printf ("%s:%u: ", input_name, l + 1);

          for (guint k = 0; k < l; k++)
            g_string_append_printf (damaged, "%s\n", lines[k]);
          for (guint f = 0; f < fields->len; f++)
            g_string_append_printf (damaged, "%s%s", f > 0 ? "," : "",
                                    f == col ? wrong[col] : (const char *) g_ptr_array_index (fields, f));
          g_string_append_printf (damaged, "%s\n", eol);
          for (guint k = l + 1; lines[k] != NULL; k++)
            g_string_append_printf (damaged, "%s%s", lines[k], lines[k + 1] != NULL ? "\n" : "");

          bytes = g_string_free_to_bytes (damaged);
          categories = rules ? ptce_legal_categories_new_from_bytes (nomenclature, bytes, &error)
                             : ptce_legal_categories_new_from_bytes (bytes, NULL, &error);
          g_assert_null (categories);
          hostile_assert_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_REFERENCE_DATA, place, NULL, label);
          n++;
        }
    }
  hostile_report_count (READER, family, n);
}

static void
test_damage_categories (void)
{
  /* code not 4 digits, no label, an unknown ESS family */
  static const char * const wrong[] = { "12a4", "", "charity" };

  damage_file ("insee-categories-juridiques.csv", FALSE, wrong, G_N_ELEMENTS (wrong));
}

static void
test_damage_rules (void)
{
  /* a prefix of 5 digits, an unknown kind, an unknown ESS default, a
   * commercial flag not yes/no, a note with a stray quote */
  static const char * const wrong[] = { "12345", "company", "ess", "oui", "broken \"quote" };

  damage_file ("legal-category-rules.csv", TRUE, wrong, G_N_ELEMENTS (wrong));
}

/* ---- files ---------------------------------------------------------------- */

/* Loads @path in place of the nomenclature (@rules false) or of the rules;
 * the message must hold @before, the path, then @after. */
static void
check_file_error (const char *path,
                  gboolean    rules,
                  int         code,
                  const char *before,
                  const char *after,
                  const char *label)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *real_categories = real_path ("insee-categories-juridiques.csv");
  g_autoptr(PtceLegalCategories) categories =
    rules ? ptce_legal_categories_new_from_files (real_categories, path, &error)
          : ptce_legal_categories_new_from_files (path, NULL, &error);
  g_autofree char *expected = g_strconcat (before, path, after, NULL);
  g_autofree char *full_label = g_strdup_printf ("%s as the %s", label, rules ? "rules" : "nomenclature");

  g_assert_null (categories);
  hostile_assert_error (error, PTCE_ERROR, code, expected, NULL, full_label);
}

static void
test_files (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ptce-hostile-XXXXXX", &error);
  g_autofree char *missing = NULL;
  g_autofree char *huge = NULL;
  guint n = 0;

  g_assert_no_error (error);
  missing = g_build_filename (dir, "missing.csv", NULL);
  huge = g_build_filename (dir, "huge.csv", NULL);
  {
    /* a sparse file over the 16 MiB a legal-category file may have:
     * refused from its size, before a byte is read */
    FILE *f = fopen (huge, "w");

    g_assert_nonnull (f);
    g_assert_cmpint (ftruncate (fileno (f), (off_t) 17 << 20), ==, 0);
    fclose (f);
  }
  for (int rules = 0; rules < 2; rules++)
    {
      check_file_error (dir, rules, PTCE_ERROR_IO, "Cannot read “", "”: not a regular file", "a directory");
      check_file_error (missing, rules, PTCE_ERROR_IO, "Cannot read “", "”: No such file or directory",
                        "a missing file");
      /* devices are refused before reading: /dev/zero would never end */
      check_file_error ("/dev/null", rules, PTCE_ERROR_IO, "Cannot read “", "”: not a regular file", "/dev/null");
      check_file_error ("/dev/zero", rules, PTCE_ERROR_IO, "Cannot read “", "”: not a regular file", "/dev/zero");
      check_file_error (huge, rules, PTCE_ERROR_LIMIT_EXCEEDED, "“",
                        "” is 17825792 bytes long, more than the 16777216 bytes", "a 17 MiB sparse file");
      n += 5;
    }
  g_remove (huge);
  g_rmdir (dir);
  hostile_report_count (READER, "files", n);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Ptce/Hostile/LegalCategories/table", test_table);
  g_test_add_func ("/Ptce/Hostile/LegalCategories/truncation-categories", test_truncation_categories);
  g_test_add_func ("/Ptce/Hostile/LegalCategories/truncation-rules", test_truncation_rules);
  g_test_add_func ("/Ptce/Hostile/LegalCategories/damage-categories", test_damage_categories);
  g_test_add_func ("/Ptce/Hostile/LegalCategories/damage-rules", test_damage_rules);
  g_test_add_func ("/Ptce/Hostile/LegalCategories/files", test_files);

  return g_test_run ();
}
