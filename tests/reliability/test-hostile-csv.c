/* test-hostile-csv.c: hostile CSV tables of actors and memberships
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Each case is a table and what the importer must say of it: refused
 * whole with a PTCE_ERROR, or read with so many actors imported and the
 * problems at given lines. Never a crash, never a row dropped without a
 * problem naming its line. */
#include <stdio.h>
#include <string.h>
#include <libptce/libptce.h>

typedef struct {
  const char *name;
  const char *text;
  gssize      length;        /* -1: strlen */
  int         error_code;    /* -1: the table is read */
  guint       n_imported;
  const char *problem_rows;  /* "3,5-9" */
} Case;

static const Case cases[] = {
  { "comma", "id,name\na,A\nb,B\n", -1, -1, 2, "" },
  { "semicolon-bom-french", "\xEF\xBB\xBFidentifiant;Nom;Commune du siège\na;Asso;63113\nb;Entreprise;2A004\n",
    -1, -1, 2, "" },
  { "crlf-quotes-across-lines", "id,name\r\na,\"Line one\r\nline two, with \"\"quotes\"\"\"\r\nb,B\r\n",
    -1, -1, 2, "" },
  { "latin1-row", "id,name\na,Soci\xe9t\xe9\nb,B\n", -1, -1, 1, "2" },
  { "latin1-header", "id,d\xe9nomination\na,A\n", -1, PTCE_ERROR_INVALID_FORMAT, 0, "" },
  { "wrong-separator", "id;name\na,A,extra\n", -1, -1, 0, "2" },
  { "too-many-fields", "id,name\na,A,surplus\nb,B,\n", -1, -1, 1, "2" },
  { "missing-name-column", "id,siren\na,123456789\n", -1, PTCE_ERROR_INVALID_FORMAT, 0, "" },
  { "missing-fields", "id,name,siren\na,A\n", -1, -1, 1, "" },
  { "no-id-at-all", "name,siren\nA,\n", -1, -1, 0, "2" },
  { "siren-as-id", "name,siren\nA,732829320\n", -1, -1, 1, "" },
  { "bad-siren", "id,name,siren\na,A,123456789\n", -1, -1, 0, "2" },
  { "bad-commune", "id,name,seat_commune\na,A,9Z999\n", -1, -1, 0, "2" },
  { "unknown-kind", "id,name,kind\na,A,spaceship\nb,B,entreprise\n", -1, -1, 1, "2" },
  { "duplicate-id", "id,name\na,A\na,Again\n", -1, -1, 1, "3" },
  { "unclosed-quote", "id,name\na,A\nb,\"never closed\nc,C\n", -1, -1, 1, "3" },
  { "blank-rows", "id,name\n\n,\n  ,  \na,A\n\n", -1, -1, 1, "2-4,6" },
  { "empty", "", -1, PTCE_ERROR_INVALID_FORMAT, 0, "" },
  { "only-bom", "\xEF\xBB\xBF", -1, PTCE_ERROR_INVALID_FORMAT, 0, "" },
  { "nul-bytes", "id,name\na,A\0B\nb,B\n", 18, -1, 2, "" },
  { "quote-in-unquoted", "id,name\na,Say \"hi\"\n", -1, -1, 1, "" },
};

static gboolean
row_listed (const char *rows,
            guint       first,
            guint       last)
{
  g_auto(GStrv) parts = g_strsplit (rows, ",", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      guint a = 0, b = 0;

      if (sscanf (parts[i], "%u-%u", &a, &b) == 2 && a == first && b == last)
        return TRUE;
      if (sscanf (parts[i], "%u", &a) == 1 && strchr (parts[i], '-') == NULL &&
          a == first && first == last)
        return TRUE;
    }
  return FALSE;
}

static void
test_case (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(GBytes) bytes = g_bytes_new_static (c->text, c->length >= 0 ? (gsize) c->length
                                                                         : strlen (c->text));
  g_autoptr(PtceDataset) dataset = ptce_dataset_new ();
  g_autoptr(PtceCsvImporter) importer = ptce_csv_importer_new ();
  g_autoptr(GError) error = NULL;
  gboolean ok = ptce_csv_importer_read_actors (importer, dataset, bytes, &error);
  GListModel *problems = ptce_csv_importer_get_problems (importer);
  g_auto(GStrv) expected = g_strsplit (c->problem_rows, ",", -1);
  guint n_expected = *c->problem_rows == '\0' ? 0 : g_strv_length (expected);

  if (c->error_code >= 0)
    {
      g_assert_false (ok);
      g_assert_error (error, PTCE_ERROR, c->error_code);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      g_assert_cmpuint (g_list_model_get_n_items (ptce_dataset_get_actors (dataset)), ==, 0);
      return;
    }
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_cmpuint (ptce_csv_importer_get_n_imported (importer), ==, c->n_imported);
  g_assert_cmpuint (g_list_model_get_n_items (ptce_dataset_get_actors (dataset)), ==,
                    c->n_imported);
  g_assert_cmpuint (g_list_model_get_n_items (problems), ==, n_expected);
  for (guint i = 0; i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(PtceCsvProblem) problem = g_list_model_get_item (problems, i);
      g_autofree char *text = ptce_csv_problem_to_string (problem);

      g_test_message ("%s: %s", c->name, text);
      g_assert_true (row_listed (c->problem_rows, ptce_csv_problem_get_row (problem),
                                 ptce_csv_problem_get_last_row (problem)));
      g_assert_true (g_utf8_validate (text, -1, NULL));
    }
}

/* A million empty rows: one problem for the run, read in one pass. */
static void
test_million_blank_rows (void)
{
  const guint n = 1000000;
  GString *text = g_string_new ("id;name\r\na;A\r\n");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PtceDataset) dataset = ptce_dataset_new ();
  g_autoptr(PtceCsvImporter) importer = ptce_csv_importer_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PtceCsvProblem) problem = NULL;

  for (guint i = 0; i < n; i++)
    g_string_append (text, ";\r\n");
  g_string_append (text, "b;B\r\n");
  bytes = g_string_free_to_bytes (text);
  g_assert_true (ptce_csv_importer_read_actors (importer, dataset, bytes, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (ptce_csv_importer_get_n_imported (importer), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (ptce_csv_importer_get_problems (importer)), ==, 1);
  problem = g_list_model_get_item (ptce_csv_importer_get_problems (importer), 0);
  g_assert_cmpuint (ptce_csv_problem_get_row (problem), ==, 3);
  g_assert_cmpuint (ptce_csv_problem_get_last_row (problem), ==, n + 2);
}

/* Memberships: unknown actor, bad role, reversed dates, French dates. */
static void
test_memberships (void)
{
  static const char actors[] = "id,name\na,A\nb,B\n";
  static const char memberships[] =
    "Pôle;Acteur;Rôles;Début;Fin\n"
    "p1;a;membre fondateur|animateur;2015;\n"
    "p1;b;partenaire;01/03/2016;31/12/2020\n"
    "p1;zz;membre;2015;\n"
    "p1;a;astronaute;2015;\n"
    "p2;b;;2020;2019\n"
    "p2;b;membre;2020-02-30;\n";
  g_autoptr(GBytes) a = g_bytes_new_static (actors, strlen (actors));
  g_autoptr(GBytes) m = g_bytes_new_static (memberships, strlen (memberships));
  g_autoptr(PtceDataset) dataset = ptce_dataset_new ();
  g_autoptr(PtceCsvImporter) importer = ptce_csv_importer_new ();
  g_autoptr(GError) error = NULL;
  GListModel *problems;
  PtcePole *p1;
  guint rows[] = { 4, 5, 6, 7 };

  g_assert_true (ptce_csv_importer_read_actors (importer, dataset, a, &error));
  g_assert_true (ptce_csv_importer_read_memberships (importer, dataset, m, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (ptce_csv_importer_get_n_imported (importer), ==, 2);
  problems = ptce_csv_importer_get_problems (importer);
  g_assert_cmpuint (g_list_model_get_n_items (problems), ==, G_N_ELEMENTS (rows));
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr(PtceCsvProblem) problem = g_list_model_get_item (problems, i);

      g_assert_cmpuint (ptce_csv_problem_get_row (problem), ==, rows[i]);
      g_assert_nonnull (ptce_csv_problem_get_column (problem));
    }
  p1 = ptce_dataset_lookup_pole (dataset, "p1");
  g_assert_nonnull (p1);
  g_assert_null (ptce_dataset_lookup_pole (dataset, "p2"));
  g_assert_cmpuint (g_list_model_get_n_items (ptce_pole_get_memberships (p1)), ==, 2);
  {
    g_autoptr(PtceMembership) second = g_list_model_get_item (ptce_pole_get_memberships (p1), 1);
    g_autofree char *start = ptce_date_to_iso8601 (ptce_membership_get_start (second));

    g_assert_cmpstr (start, ==, "2016-03-01");
    g_assert_true (ptce_membership_has_role (second, PTCE_MEMBERSHIP_ROLE_PARTNER));
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/Ptce/HostileCsv/actors/%s", cases[i].name);

      g_test_add_data_func (path, &cases[i], test_case);
    }
  g_test_add_func ("/Ptce/HostileCsv/million-blank-rows", test_million_blank_rows);
  g_test_add_func ("/Ptce/HostileCsv/memberships", test_memberships);
  g_print ("# hostile-cases csv table %" G_GSIZE_FORMAT "\n", G_N_ELEMENTS (cases) + 2);
  return g_test_run ();
}
