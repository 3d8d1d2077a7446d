/* test-hostile-geography.c: hostile input for geography vintage files
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * ptce_geography_new_from_file() and _new_from_bytes() read two forms: the
 * text form written by tools/update-geography and the compiled blob read in
 * place. Families (docs/reliability.md):
 * - table: tests/data/hostile/geography/ with cases.tsv;
 * - truncation: the small text file (format 1.1, which ends with a count
 *   of its records) cut at every byte; every cut is refused with
 *   PTCE_ERROR_INVALID_REFERENCE_DATA naming the input — none may pass for
 *   a whole file and silently lose what was cut;
 * - damage: every byte of the compiled form flipped, and incremented; each
 *   is refused or, if it loads, read all over (lists, properties, lookups)
 *   with every string valid UTF-8 — under ASan and valgrind this checks
 *   that nothing is read outside the blob;
 * - long-field: every field of every line of the small text file, one at
 *   a time, made 6 000 bytes long; each such file loads or is refused, and
 *   an error quotes a bounded piece of it (a fuzz run once found a message
 *   of 9 336 bytes: a commune's région quoted whole);
 * - files: a directory, a missing, an empty and an unreadable file.
 */
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "libptce.h"
#include "hostile-common.h"

static gboolean
under_valgrind (void)
{
  return g_getenv ("PTCE_UNDER_VALGRIND") != NULL;
}

static GBytes *
read_seed (const char *name)
{
  g_autofree char *path = g_build_filename (g_test_get_dir (G_TEST_DIST), "fuzz", "seeds", "geography", name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

/* Reads everything a loaded geography offers; every string is UTF-8. */
static void
check_string (const char *s,
              const char *what)
{
  if (s != NULL && !g_utf8_validate (s, -1, NULL))
    g_error ("%s is not valid UTF-8", what);
}

static void
read_everything (PtceGeography *geo)
{
  g_autoptr(GListModel) communes = ptce_geography_list_communes (geo);
  g_autoptr(GListModel) epcis = ptce_geography_list_epcis (geo);
  g_autoptr(GListModel) departements = ptce_geography_list_departements (geo);
  g_autoptr(GListModel) regions = ptce_geography_list_regions (geo);

  check_string (ptce_geography_get_vintage (geo), "vintage");
  check_string (ptce_geography_get_source (geo), "source");
  for (guint i = 0; i < g_list_model_get_n_items (communes); i++)
    {
      g_autoptr(PtceCommune) c = g_list_model_get_item (communes, i);
      g_autoptr(PtceCommune) again = ptce_geography_lookup_commune (geo, ptce_commune_get_code (c));
      const char * const *postal = ptce_commune_get_postal_codes (c);
      const char * const *former = ptce_commune_get_former_codes (c);

      check_string (ptce_commune_get_code (c), "commune code");
      check_string (ptce_commune_get_name (c), "commune name");
      check_string (ptce_commune_get_parent (c), "commune parent");
      check_string (ptce_commune_get_departement (c), "commune département");
      check_string (ptce_commune_get_region (c), "commune région");
      check_string (ptce_commune_get_epci (c), "commune EPCI");
      check_string (ptce_commune_get_ept (c), "commune EPT");
      check_string (ptce_commune_get_siren (c), "commune SIREN");
      for (guint k = 0; postal != NULL && postal[k] != NULL; k++)
        check_string (postal[k], "postal code");
      for (guint k = 0; former != NULL && former[k] != NULL; k++)
        check_string (former[k], "former code");
      g_assert_nonnull (again);
      if (ptce_commune_get_epci (c) != NULL)
        {
          g_autoptr(PtceEpci) epci = ptce_geography_lookup_epci (geo, ptce_commune_get_epci (c));

          g_assert_nonnull (epci);
        }
    }
  for (guint i = 0; i < g_list_model_get_n_items (epcis); i++)
    {
      g_autoptr(PtceEpci) e = g_list_model_get_item (epcis, i);
      const char * const *members = ptce_epci_get_members (e);

      check_string (ptce_epci_get_siren (e), "EPCI SIREN");
      check_string (ptce_epci_get_name (e), "EPCI name");
      for (guint k = 0; members != NULL && members[k] != NULL; k++)
        check_string (members[k], "EPCI member");
    }
  for (guint i = 0; i < g_list_model_get_n_items (departements); i++)
    {
      g_autoptr(PtceDepartement) d = g_list_model_get_item (departements, i);
      g_autoptr(PtceDepartement) again = ptce_geography_lookup_departement (geo, ptce_departement_get_code (d));

      check_string (ptce_departement_get_code (d), "département code");
      check_string (ptce_departement_get_name (d), "département name");
      g_assert_nonnull (again);
    }
  for (guint i = 0; i < g_list_model_get_n_items (regions); i++)
    {
      g_autoptr(PtceRegion) r = g_list_model_get_item (regions, i);
      g_autoptr(PtceRegion) again = ptce_geography_lookup_region (geo, ptce_region_get_code (r));

      check_string (ptce_region_get_code (r), "région code");
      check_string (ptce_region_get_name (r), "région name");
      g_assert_nonnull (again);
    }
  {
    g_autoptr(GListModel) found = ptce_geography_search_communes (geo, "mar", 10);
    g_autoptr(GListModel) by_postal = ptce_geography_list_communes_by_postal_code (geo, "13001");

    g_assert_cmpuint (g_list_model_get_n_items (found), <=, 10);
    g_assert_cmpuint (g_list_model_get_n_items (by_postal), <=, g_list_model_get_n_items (communes));
  }
}

/* ---- the table ------------------------------------------------------------ */

static void
test_table (void)
{
  g_autoptr(GPtrArray) cases = hostile_load_cases ("geography");

  for (guint i = 0; i < cases->len; i++)
    {
      HostileCase *c = g_ptr_array_index (cases, i);
      g_autofree char *path = hostile_path ("geography", c->input);
      g_autofree char *label = g_strdup_printf ("geography/cases.tsv:%u %s (%s)", c->line, c->input, c->note);
      g_autoptr(GError) error = NULL;
      g_autoptr(PtceGeography) geo = NULL;

      if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
        g_error ("%s: no file %s", label, path);
      geo = ptce_geography_new_from_file (path, &error);
      if (hostile_case_is_ok (c))
        {
          hostile_assert_ok (geo != NULL, error, label);
          if (geo != NULL)
            read_everything (geo);
        }
      else
        {
          hostile_assert_error (error, c->domain_quark, c->code, c->substring, path, label);
          g_assert_null (geo);
        }
    }
  hostile_report_count ("geography", "table", cases->len);
}

/* ---- truncation of the text form ----------------------------------------- */

static gboolean
refused_as_bad_data (const GError *error,
                     const char   *label)
{
  if (error == NULL)
    return FALSE;
  if (error->domain != PTCE_ERROR ||
      (error->code != PTCE_ERROR_INVALID_REFERENCE_DATA && error->code != PTCE_ERROR_UNSUPPORTED_VERSION))
    g_error ("%s: refused with %s %d: %s", label, g_quark_to_string (error->domain), error->code, error->message);
  /* The place: the input's name, then the line when there is one. */
  if (!g_str_has_prefix (error->message, "<bytes>"))
    g_error ("%s: “%s” does not name the input", label, error->message);
  return TRUE;
}

static void
test_truncation (void)
{
  g_autoptr(GBytes) text = read_seed ("small.tsv");
  gsize size;
  const char *data = g_bytes_get_data (text, &size);
  guint n = 0, loaded = 0;
  g_autoptr(GString) examples = g_string_new (NULL);

  for (gsize cut = 0; cut < size - 1; cut++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new (data, cut);
      g_autoptr(GError) error = NULL;
      g_autoptr(PtceGeography) geo = ptce_geography_new_from_bytes (bytes, &error);
      g_autofree char *label = g_strdup_printf ("small.tsv cut at byte %" G_GSIZE_FORMAT, cut);

      n++;
      if (geo != NULL)
        {
          read_everything (geo);
          loaded++;
          if (loaded <= 3)
            g_string_append_printf (examples, "%s%" G_GSIZE_FORMAT " (%u communes)",
                                    loaded > 1 ? ", " : "", cut, ptce_geography_get_n_communes (geo));
          continue;
        }
      refused_as_bad_data (error, label);
    }
  hostile_report_count ("geography", "truncation", n);
  /* Format 1.1 ends with a count of its records: no cut may pass for a
   * whole file (format 1, without it, could not tell). */
  if (loaded > 0)
    g_error ("%u of %u cuts of the text form load without error, silently losing what was cut "
             "(cut at byte %s)", loaded, n, examples->str);
}

/* ---- one field made long ------------------------------------------------ */

/* What a message may hold: the input's name and line, a sentence, and a few
 * quoted fields of at most 40 characters each. */
#define MESSAGE_MAX 512

static void
test_long_field (void)
{
  g_autoptr(GBytes) text = read_seed ("small.tsv");
  g_autofree char *copy = g_strndup (g_bytes_get_data (text, NULL), g_bytes_get_size (text));
  g_auto(GStrv) lines = g_strsplit (copy, "\n", -1);
  g_autofree char *long_text = g_strnfill (6000, 'x');
  guint n = 0, loaded = 0;

  for (guint l = 0; lines[l] != NULL; l++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[l], "\t", -1);

      if (lines[l][0] == '#' || lines[l][0] == '\0')
        continue;
      for (guint f = 0; fields[f] != NULL; f++)
        {
          g_autofree char *label = g_strdup_printf ("small.tsv, line %u, field %u made long", l + 1, f + 1);
          g_autoptr(GString) input = g_string_new (NULL);
          g_autoptr(GBytes) bytes = NULL;
          g_autoptr(GError) error = NULL;
          g_autoptr(PtceGeography) geo = NULL;

          for (guint k = 0; lines[k] != NULL; k++)
            {
              if (k > 0)
                g_string_append_c (input, '\n');
              if (k != l)
                {
                  g_string_append (input, lines[k]);
                  continue;
                }
              for (guint j = 0; fields[j] != NULL; j++)
                {
                  if (j > 0)
                    g_string_append_c (input, '\t');
                  g_string_append (input, j == f ? long_text : fields[j]);
                }
            }
          bytes = g_string_free_to_bytes (g_steal_pointer (&input));
          geo = ptce_geography_new_from_bytes (bytes, &error);
          n++;
          if (geo != NULL)
            {
              /* a long name, source or population text may be data */
              read_everything (geo);
              g_assert_cmpuint (strlen (ptce_geography_get_vintage (geo)), <=, 32);
              loaded++;
              continue;
            }
          refused_as_bad_data (error, label);
          if (strlen (error->message) >= MESSAGE_MAX)
            g_error ("%s: a message of %zu bytes: %.200s…", label, strlen (error->message), error->message);
        }
    }
  /* Most fields are codes, kinds and references: a long one is refused. */
  g_assert_cmpuint (loaded, <, n / 2);
  hostile_report_count ("geography", "long-field", n);
}

/* ---- damage to the compiled form ----------------------------------------- */

static void
test_damage (void)
{
  g_autoptr(GBytes) blob = read_seed ("small.blob");
  gsize size;
  const guint8 *data = g_bytes_get_data (blob, &size);
  /* Under valgrind, every 7th byte: the same family, sampled. */
  gsize step = under_valgrind () ? 7 : 1;
  guint n = 0, loaded = 0;

  for (gsize pos = 0; pos < size; pos += step)
    for (guint how = 0; how < 2; how++)
      {
        g_autofree guint8 *copy = g_memdup2 (data, size);
        g_autoptr(GBytes) bytes = NULL;
        g_autoptr(GError) error = NULL;
        g_autoptr(PtceGeography) geo = NULL;
        g_autofree char *label = g_strdup_printf ("small.blob, byte %" G_GSIZE_FORMAT " %s", pos,
                                                  how == 0 ? "flipped" : "incremented");

        copy[pos] = how == 0 ? (guint8) ~copy[pos] : (guint8) (copy[pos] + 1);
        bytes = g_bytes_new_take (g_steal_pointer (&copy), size);
        geo = ptce_geography_new_from_bytes (bytes, &error);
        n++;
        if (geo != NULL)
          {
            read_everything (geo);
            loaded++;
          }
        else
          refused_as_bad_data (error, label);
      }
  /* Most damage must be seen; some bytes (a population, padding) may
   * change without breaking anything. */
  g_assert_cmpuint (loaded, <, n / 2);
  hostile_report_count ("geography", "damage", n);
}

/* ---- files ---------------------------------------------------------------- */

/* The message must hold @before, the path, then @after. */
static void
check_file_error (const char *path,
                  int         code,
                  const char *before,
                  const char *after,
                  const char *label)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PtceGeography) geo = ptce_geography_new_from_file (path, &error);
  g_autofree char *expected = g_strconcat (before, path, after, NULL);

  g_assert_null (geo);
  hostile_assert_error (error, PTCE_ERROR, code, expected, NULL, label);
}

static void
test_files (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ptce-hostile-XXXXXX", &error);
  g_autofree char *missing = NULL;

  g_assert_no_error (error);
  check_file_error (dir, PTCE_ERROR_IO, "“", "”: not a regular file", "a directory");
  missing = g_build_filename (dir, "missing.tsv", NULL);
  check_file_error (missing, PTCE_ERROR_IO, "“", "”: No such file or directory", "a missing file");
  /* devices are refused before reading: /dev/zero would never end */
  check_file_error ("/dev/null", PTCE_ERROR_IO, "“", "”: not a regular file", "/dev/null");
  check_file_error ("/dev/zero", PTCE_ERROR_IO, "“", "”: not a regular file", "/dev/zero");
  {
    /* a sparse file over the 256 MiB a reference file may have: refused
     * from its size, before a byte is read */
    g_autofree char *huge = g_build_filename (dir, "huge.tsv", NULL);
    FILE *f = fopen (huge, "w");

    g_assert_nonnull (f);
    g_assert_cmpint (ftruncate (fileno (f), (off_t) 300 << 20), ==, 0);
    fclose (f);
    check_file_error (huge, PTCE_ERROR_LIMIT_EXCEEDED, "“", "” is 314572800 bytes long", "a huge file");
    g_remove (huge);
  }
  g_rmdir (dir);
  hostile_report_count ("geography", "files", 5);
}

static void
test_unreadable (void)
{
  if (g_test_subprocess ())
    {
      hostile_become_nobody ();
      check_file_error (g_getenv ("PTCE_TEST_TARGET"), PTCE_ERROR_IO, "“", "”: Permission denied",
                        "an unreadable file");
      hostile_become_root_again ();
      return;
    }
  else
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *dir = g_dir_make_tmp ("ptce-hostile-XXXXXX", &error);
      g_autofree char *path = NULL;

      g_assert_no_error (error);
      g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
      path = g_build_filename (dir, "secret.tsv", NULL);
      g_file_set_contents (path, "ptce-geography\t1\n", -1, &error);
      g_assert_no_error (error);
      g_assert_cmpint (g_chmod (path, 0000), ==, 0);

      g_setenv ("PTCE_TEST_TARGET", path, TRUE);
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      g_unsetenv ("PTCE_TEST_TARGET");

      remove (path);
      g_rmdir (dir);
      hostile_report_count ("geography", "unreadable", 1);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Ptce/Hostile/Geography/table", test_table);
  g_test_add_func ("/Ptce/Hostile/Geography/truncation", test_truncation);
  g_test_add_func ("/Ptce/Hostile/Geography/long-field", test_long_field);
  g_test_add_func ("/Ptce/Hostile/Geography/damage", test_damage);
  g_test_add_func ("/Ptce/Hostile/Geography/files", test_files);
  g_test_add_func ("/Ptce/Hostile/Geography/unreadable", test_unreadable);

  return g_test_run ();
}
