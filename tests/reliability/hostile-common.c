/* hostile-common.c: the expectations tables of the hostile-input corpus
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include <gio/gio.h>
#include <string.h>
#include <unistd.h>

#include "libptce.h"
#include "hostile-common.h"

typedef struct {
  const char *name;
  int         code;
} CodeName;

static const CodeName ptce_codes[] = {
  { "FAILED", PTCE_ERROR_FAILED },
  { "INVALID_JSON", PTCE_ERROR_INVALID_JSON },
  { "INVALID_FORMAT", PTCE_ERROR_INVALID_FORMAT },
  { "UNSUPPORTED_VERSION", PTCE_ERROR_UNSUPPORTED_VERSION },
  { "DUPLICATE_ID", PTCE_ERROR_DUPLICATE_ID },
  { "DANGLING_REFERENCE", PTCE_ERROR_DANGLING_REFERENCE },
  { "INVALID_DATE", PTCE_ERROR_INVALID_DATE },
  { "INVALID_IDENTIFIER", PTCE_ERROR_INVALID_IDENTIFIER },
  { "IN_USE", PTCE_ERROR_IN_USE },
  { "NOT_FOUND", PTCE_ERROR_NOT_FOUND },
  { "IO", PTCE_ERROR_IO },
  { "LIMIT_EXCEEDED", PTCE_ERROR_LIMIT_EXCEEDED },
  { "INVALID_REFERENCE_DATA", PTCE_ERROR_INVALID_REFERENCE_DATA },
};

static const CodeName file_codes[] = {
  { "EXIST", G_FILE_ERROR_EXIST },
  { "ISDIR", G_FILE_ERROR_ISDIR },
  { "ACCES", G_FILE_ERROR_ACCES },
  { "NAMETOOLONG", G_FILE_ERROR_NAMETOOLONG },
  { "NOENT", G_FILE_ERROR_NOENT },
  { "NOTDIR", G_FILE_ERROR_NOTDIR },
  { "NOSPC", G_FILE_ERROR_NOSPC },
  { "FBIG", G_FILE_ERROR_FAILED },  /* GLib maps EFBIG to FAILED */
  { "IO", G_FILE_ERROR_IO },
  { "FAILED", G_FILE_ERROR_FAILED },
};

static const CodeName io_codes[] = {
  { "FAILED", G_IO_ERROR_FAILED },
  { "NOT_FOUND", G_IO_ERROR_NOT_FOUND },
  { "IS_DIRECTORY", G_IO_ERROR_IS_DIRECTORY },
  { "PERMISSION_DENIED", G_IO_ERROR_PERMISSION_DENIED },
  { "NO_SPACE", G_IO_ERROR_NO_SPACE },
  { "NOT_REGULAR_FILE", G_IO_ERROR_NOT_REGULAR_FILE },
  { "INVALID_DATA", G_IO_ERROR_INVALID_DATA },
};

static const CodeName *
codes_of (GQuark  domain,
          gsize  *n)
{
  if (domain == PTCE_ERROR)
    {
      *n = G_N_ELEMENTS (ptce_codes);
      return ptce_codes;
    }
  if (domain == G_FILE_ERROR)
    {
      *n = G_N_ELEMENTS (file_codes);
      return file_codes;
    }
  if (domain == G_IO_ERROR)
    {
      *n = G_N_ELEMENTS (io_codes);
      return io_codes;
    }
  *n = 0;
  return NULL;
}

int
hostile_code_from_name (GQuark      domain,
                        const char *name)
{
  gsize n;
  const CodeName *codes = codes_of (domain, &n);

  for (gsize i = 0; i < n; i++)
    if (strcmp (codes[i].name, name) == 0)
      return codes[i].code;
  return -1;
}

const char *
hostile_code_name (GQuark domain,
                   int    code)
{
  gsize n;
  const CodeName *codes = codes_of (domain, &n);

  for (gsize i = 0; i < n; i++)
    if (codes[i].code == code)
      return codes[i].name;
  return "(unknown code)";
}

char *
hostile_path (const char *reader,
              const char *name)
{
  return g_build_filename (g_test_get_dir (G_TEST_DIST), "data", "hostile", reader, name, NULL);
}

static int
hex_value (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* C escapes: \t \n \r \\ \0 \xNN. Returns FALSE on a bad escape. */
static gboolean
unescape (const char  *text,
          char       **out,
          gsize       *out_len)
{
  GString *s = g_string_new (NULL);

  if (strcmp (text, "-") == 0)
    {
      *out = g_string_free (s, FALSE);
      *out_len = 0;
      return TRUE;
    }
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p != '\\')
        {
          g_string_append_c (s, *p);
          continue;
        }
      p++;
      switch (*p)
        {
        case 't': g_string_append_c (s, '\t'); break;
        case 'n': g_string_append_c (s, '\n'); break;
        case 'r': g_string_append_c (s, '\r'); break;
        case '\\': g_string_append_c (s, '\\'); break;
        case '0': g_string_append_c (s, '\0'); break;
        case 'x':
          if (hex_value (p[1]) < 0 || hex_value (p[2]) < 0)
            goto bad;
          g_string_append_c (s, (char) (hex_value (p[1]) * 16 + hex_value (p[2])));
          p += 2;
          break;
        default:
          goto bad;
        }
    }
  *out_len = s->len;
  *out = g_string_free (s, FALSE);
  return TRUE;

bad:
  g_string_free (s, TRUE);
  return FALSE;
}

static void
hostile_case_free (gpointer data)
{
  HostileCase *c = data;

  g_free (c->input);
  g_free (c->domain);
  g_free (c->substring);
  g_free (c->note);
  g_free (c);
}

GPtrArray *
hostile_load_cases (const char *reader)
{
  g_autofree char *path = hostile_path (reader, "cases.tsv");
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *cases = g_ptr_array_new_with_free_func (hostile_case_free);

  if (!g_file_get_contents (path, &contents, NULL, &error))
    g_error ("%s", error->message);

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      HostileCase *c;
      guint n;

      if (lines[i][0] == '\0' || lines[i][0] == '#')
        continue;
      fields = g_strsplit (lines[i], "\t", -1);
      n = g_strv_length (fields);
      if (n < 4 || n > 5)
        g_error ("%s:%u: %u fields, expected 4 or 5", path, i + 1, n);

      c = g_new0 (HostileCase, 1);
      c->line = i + 1;
      if (!unescape (fields[0], &c->input, &c->input_len))
        g_error ("%s:%u: bad escape in “%s”", path, i + 1, fields[0]);
      c->domain = g_strdup (fields[1]);
      c->substring = g_strdup (fields[3]);
      c->note = g_strdup (n == 5 ? fields[4] : "");
      if (strcmp (c->domain, "ok") == 0)
        {
          if (strcmp (fields[2], "-") != 0)
            g_error ("%s:%u: an ok case has code “-”", path, i + 1);
          c->code = -1;
        }
      else
        {
          c->domain_quark = g_quark_from_string (c->domain);
          c->code = hostile_code_from_name (c->domain_quark, fields[2]);
          if (c->code < 0)
            g_error ("%s:%u: unknown code %s in domain %s", path, i + 1, fields[2], c->domain);
          if (c->substring[0] == '\0')
            g_error ("%s:%u: an error case names the place it expects", path, i + 1);
        }
      g_ptr_array_add (cases, c);
    }

  if (cases->len == 0)
    g_error ("%s: no case", path);
  return cases;
}

gboolean
hostile_case_is_ok (const HostileCase *c)
{
  return strcmp (c->domain, "ok") == 0;
}

/* Records a failure and goes on: a table-driven test reports every case
 * that fails, not only the first one. */
static void G_GNUC_PRINTF (1, 2)
hostile_fail (const char *format,
              ...)
{
  va_list args;
  g_autofree char *msg = NULL;

  va_start (args, format);
  msg = g_strdup_vprintf (format, args);
  va_end (args);
  g_test_message ("FAIL: %s", msg);
  g_test_fail_printf ("%s", msg);
}

gboolean
hostile_assert_error (const GError *error,
                      GQuark        domain,
                      int           code,
                      const char   *substring,
                      const char   *file,
                      const char   *label)
{
  g_autofree char *expected = NULL;

  if (error == NULL)
    {
      hostile_fail ("%s: accepted, expected %s %s", label, g_quark_to_string (domain),
                    hostile_code_name (domain, code));
      return FALSE;
    }

  if (error->domain != domain || error->code != code)
    {
      hostile_fail ("%s: got %s %s (“%s”), expected %s %s", label,
                    g_quark_to_string (error->domain), hostile_code_name (error->domain, error->code),
                    error->message,
                    g_quark_to_string (domain), hostile_code_name (domain, code));
      return FALSE;
    }

  if (file != NULL && strstr (substring, "@FILE@") != NULL)
    {
      g_auto(GStrv) parts = g_strsplit (substring, "@FILE@", -1);
      expected = g_strjoinv (file, parts);
    }
  else
    expected = g_strdup (substring);

  if (strstr (error->message, expected) == NULL)
    {
      hostile_fail ("%s: message “%s” does not contain “%s”", label, error->message, expected);
      return FALSE;
    }
  if (!g_utf8_validate (error->message, -1, NULL))
    {
      hostile_fail ("%s: message is not valid UTF-8", label);
      return FALSE;
    }
  return TRUE;
}

void
hostile_assert_ok (gboolean      ok,
                   const GError *error,
                   const char   *label)
{
  if (!ok || error != NULL)
    hostile_fail ("%s: refused (%s), expected to be accepted", label,
                  error != NULL ? error->message : "no error set");
}

void
hostile_report_count (const char *reader,
                      const char *family,
                      guint       n)
{
  g_test_message ("hostile-cases %s %s %u", reader, family, n);
}

/* Whether hostile_become_nobody() changed the effective ids. */
static gboolean became_nobody;

void
hostile_become_nobody (void)
{
  if (geteuid () != 0)
    return;
  /* Only the effective ids (fsuid follows): the permission checks are
   * nobody's, root's capabilities leave the effective set, and the saved
   * set-user-ID stays root for hostile_become_root_again(). */
  g_assert_cmpint (setegid (65534), ==, 0);
  g_assert_cmpint (seteuid (65534), ==, 0);
  became_nobody = TRUE;
}

void
hostile_become_root_again (void)
{
  if (!became_nobody)
    return;
  /* LeakSanitizer checks at exit from a helper task that reads
   * /proc/PID/task and ptraces the threads. As nobody that fails where
   * nobody cannot reach /proc: in a chroot whose root directory is 0700
   * (made by mktemp -d) it aborted with "Can't open /proc/PID/task for
   * reading" (tests/reliability, issue 9). Back as root, the leak check
   * of this child runs like any other's, unprivileged part included. */
  g_assert_cmpint (seteuid (0), ==, 0);
  g_assert_cmpint (setegid (0), ==, 0);
  became_nobody = FALSE;
}
