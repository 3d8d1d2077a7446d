/* ptce-json-reader.c
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "ptce-error.h"
#include "ptce-i18n-private.h"
#include "ptce-json-builder-private.h"
#include "ptce-json-reader.h"
#include "ptce-json-reader-private.h"
#include "ptce-json-scan-private.h"
#include "ptce-memory-private.h"
#include "ptce-tree-private.h"

/**
 * SECTION:ptce-json-reader
 * @Title: PtceJsonReader
 * @Short_description: reads datasets in the "ptce/1" JSON format
 *
 * A #PtceJsonReader turns a "ptce/1" document (docs/format.md) into a new
 * #PtceDataset. Reading never half-loads: the dataset is built apart and
 * returned only when the whole document is valid; otherwise the reader
 * returns %NULL and a #GError in %PTCE_ERROR that says where and what:
 *
 * - %PTCE_ERROR_INVALID_JSON for bytes that are not JSON (invalid UTF-8, a
 *   NUL byte, a syntax error), with "line L, column C", or in json-glib's
 *   form "FILE:LINE:COLUMN: …" when read from a file;
 * - %PTCE_ERROR_INVALID_FORMAT for JSON that is not ptce/1 at some place (a
 *   wrong type, a missing id, an unknown enum word — the message lists the
 *   accepted words —, a number out of range), with the JSON path of the
 *   place, such as `$.poles[2].memberships[0].actor`;
 * - %PTCE_ERROR_UNSUPPORTED_VERSION when the "format" member is missing or
 *   is not "ptce/1";
 * - %PTCE_ERROR_DUPLICATE_ID, %PTCE_ERROR_DANGLING_REFERENCE and
 *   %PTCE_ERROR_INVALID_DATE, with the path and the id or date at fault;
 * - %PTCE_ERROR_LIMIT_EXCEEDED for input larger than #PtceJsonReader:max-size
 *   or nested deeper than #PtceJsonReader:max-depth;
 * - %PTCE_ERROR_IO, naming the file, when a file cannot be read.
 *
 * Members that libptce does not know are kept with the objects built from
 * their JSON objects, and #PtceJsonWriter writes them back.
 *
 * Bytes are first checked by one linear pass that counts nesting without
 * recursion, so that a hostile document of ten thousand nested arrays
 * gives an error instead of overflowing the stack of the (recursive)
 * json-glib parser.
 *
 * |[<!-- language="C" -->
 * g_autoptr(PtceJsonReader) reader = ptce_json_reader_new ();
 * g_autoptr(GError) error = NULL;
 * g_autoptr(PtceDataset) dataset =
 *   ptce_json_reader_load_file (reader, "poles.json", &error);
 *
 * if (dataset == NULL)
 *   g_printerr ("%s\n", error->message);
 * ]|
 */

/**
 * PtceJsonReader:
 *
 * Reads datasets in the "ptce/1" JSON format; see the section description.
 *
 * Since: 1.0
 */

struct _PtceJsonReader
{
  GObject  parent_instance;

  guint    max_depth;
  guint64  max_size;
  const PtceTreeParser *parser;  /* step 2 (ptce-tree-private.h) */
};

/* The parsers of this build, the default first. */
static const PtceTreeParser *
parser_at (guint index)
{
  const PtceTreeParser *(*parsers[]) (void) = {
#ifdef HAVE_SIMDJSON
    ptce_simdjson_tree_parser,
#endif
    ptce_json_glib_tree_parser,
  };

  return index < G_N_ELEMENTS (parsers) ? parsers[index] () : NULL;
}

static const PtceTreeParser *
find_parser (const char *name)
{
  for (guint i = 0; parser_at (i) != NULL; i++)
    if (strcmp (parser_at (i)->name, name) == 0)
      return parser_at (i);
  return NULL;
}

/* The parser a new reader uses: the fastest of the build, unless the
 * environment variable PTCE_JSON_PARSER names another (docs/performance.md:
 * json-glib stays the reference reader, and a way back). */
static const PtceTreeParser *
default_parser (void)
{
  const char *wanted = g_getenv ("PTCE_JSON_PARSER");
  const PtceTreeParser *parser = wanted != NULL ? find_parser (wanted) : NULL;

  return parser != NULL ? parser : parser_at (0);
}

const char * const *
ptce_json_reader_list_parsers (void)
{
  static const char *names[4];

  for (guint i = 0; i < G_N_ELEMENTS (names) - 1 && parser_at (i) != NULL; i++)
    names[i] = parser_at (i)->name;
  return names;
}

gboolean
ptce_json_reader_set_parser (PtceJsonReader  *self,
                             const char      *name,
                             GError         **error)
{
  const PtceTreeParser *parser = find_parser (name);

  if (parser == NULL)
    {
      g_set_error (error, PTCE_ERROR, PTCE_ERROR_NOT_FOUND,
                   "this build of libptce has no JSON parser “%s”", name);
      return FALSE;
    }
  self->parser = parser;
  return TRUE;
}

const PtceTreeParser *
ptce_json_reader_get_tree_parser (PtceJsonReader *self)
{
  g_return_val_if_fail (PTCE_IS_JSON_READER (self), NULL);

  return self->parser;
}

const char *
ptce_json_reader_get_parser (PtceJsonReader *self)
{
  return self->parser->name;
}

G_DEFINE_FINAL_TYPE (PtceJsonReader, ptce_json_reader, G_TYPE_OBJECT)

static PtceDataset *load_owned_bytes (PtceJsonReader  *self,
                                      GBytes          *bytes,
                                      const char      *source,
                                      GError         **error);

enum {
  PROP_0,
  PROP_MAX_DEPTH,
  PROP_MAX_SIZE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ptce_json_reader_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PtceJsonReader *self = PTCE_JSON_READER (object);

  switch (prop_id)
    {
    case PROP_MAX_DEPTH:
      g_value_set_uint (value, self->max_depth);
      break;
    case PROP_MAX_SIZE:
      g_value_set_uint64 (value, self->max_size);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ptce_json_reader_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PtceJsonReader *self = PTCE_JSON_READER (object);

  switch (prop_id)
    {
    case PROP_MAX_DEPTH:
      ptce_json_reader_set_max_depth (self, g_value_get_uint (value));
      break;
    case PROP_MAX_SIZE:
      ptce_json_reader_set_max_size (self, g_value_get_uint64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ptce_json_reader_class_init (PtceJsonReaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->get_property = ptce_json_reader_get_property;
  object_class->set_property = ptce_json_reader_set_property;

  /**
   * PtceJsonReader:max-depth:
   *
   * How deep arrays and objects may nest, the root counting as level 1;
   * deeper input gives %PTCE_ERROR_LIMIT_EXCEEDED. The default,
   * %PTCE_JSON_READER_DEFAULT_MAX_DEPTH, leaves ample room for unknown
   * members; at most %PTCE_JSON_READER_MAX_DEPTH_LIMIT.
   *
   * Since: 1.0
   */
  properties[PROP_MAX_DEPTH] =
    g_param_spec_uint ("max-depth", NULL, NULL,
                       1, PTCE_JSON_READER_MAX_DEPTH_LIMIT, PTCE_JSON_READER_DEFAULT_MAX_DEPTH, rw);

  /**
   * PtceJsonReader:max-size:
   *
   * The largest input, in bytes, that the reader accepts; larger input
   * gives %PTCE_ERROR_LIMIT_EXCEEDED before anything is parsed (a file is
   * not even read). The default is %PTCE_JSON_READER_DEFAULT_MAX_SIZE.
   *
   * Since: 1.0
   */
  properties[PROP_MAX_SIZE] =
    g_param_spec_uint64 ("max-size", NULL, NULL,
                         1, G_MAXUINT64, PTCE_JSON_READER_DEFAULT_MAX_SIZE, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ptce_json_reader_init (PtceJsonReader *self)
{
  self->max_depth = PTCE_JSON_READER_DEFAULT_MAX_DEPTH;
  self->max_size = PTCE_JSON_READER_DEFAULT_MAX_SIZE;
  self->parser = default_parser ();
}

/**
 * ptce_json_reader_new:
 *
 * Creates a reader with the default limits.
 *
 * Returns: (transfer full): a new #PtceJsonReader
 *
 * Since: 1.0
 */
PtceJsonReader *
ptce_json_reader_new (void)
{
  return g_object_new (PTCE_TYPE_JSON_READER, NULL);
}

/**
 * ptce_json_reader_get_max_depth:
 * @self: a #PtceJsonReader
 *
 * Gets how deep arrays and objects may nest.
 *
 * Returns: the #PtceJsonReader:max-depth limit
 *
 * Since: 1.0
 */
guint
ptce_json_reader_get_max_depth (PtceJsonReader *self)
{
  g_return_val_if_fail (PTCE_IS_JSON_READER (self), 0);
  return self->max_depth;
}

/**
 * ptce_json_reader_set_max_depth:
 * @self: a #PtceJsonReader
 * @max_depth: the number of nested levels allowed, 1 to
 *   %PTCE_JSON_READER_MAX_DEPTH_LIMIT
 *
 * Sets how deep arrays and objects may nest.
 *
 * Since: 1.0
 */
void
ptce_json_reader_set_max_depth (PtceJsonReader *self,
                                guint           max_depth)
{
  g_return_if_fail (PTCE_IS_JSON_READER (self));
  g_return_if_fail (max_depth >= 1 && max_depth <= PTCE_JSON_READER_MAX_DEPTH_LIMIT);

  if (self->max_depth == max_depth)
    return;
  self->max_depth = max_depth;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_DEPTH]);
}

/**
 * ptce_json_reader_get_max_size:
 * @self: a #PtceJsonReader
 *
 * Gets the largest input the reader accepts.
 *
 * Returns: the #PtceJsonReader:max-size limit, in bytes
 *
 * Since: 1.0
 */
guint64
ptce_json_reader_get_max_size (PtceJsonReader *self)
{
  g_return_val_if_fail (PTCE_IS_JSON_READER (self), 0);
  return self->max_size;
}

/**
 * ptce_json_reader_set_max_size:
 * @self: a #PtceJsonReader
 * @max_size: the largest input accepted, in bytes, 1 or more
 *
 * Sets the largest input the reader accepts.
 *
 * Since: 1.0
 */
void
ptce_json_reader_set_max_size (PtceJsonReader *self,
                               guint64         max_size)
{
  g_return_if_fail (PTCE_IS_JSON_READER (self));
  g_return_if_fail (max_size >= 1);

  if (self->max_size == max_size)
    return;
  self->max_size = max_size;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_SIZE]);
}

static gboolean
check_size (PtceJsonReader  *self,
            guint64          size,
            GError         **error)
{
  g_autofree char *size_text = NULL;
  g_autofree char *limit_text = NULL;

  if (size <= self->max_size)
    return TRUE;
  /* numbers as strings: a format macro inside a message cannot be translated */
  size_text = g_strdup_printf ("%" G_GUINT64_FORMAT, size);
  limit_text = g_strdup_printf ("%" G_GUINT64_FORMAT, self->max_size);
  g_set_error (error, PTCE_ERROR, PTCE_ERROR_LIMIT_EXCEEDED,
               _("The input is %s bytes long, more than the limit of %s bytes (max-size)"),
               size_text, limit_text);
  return FALSE;
}

static void
set_io_error (GError     **error,
              const char  *path,
              int          saved_errno)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, PTCE_ERROR, PTCE_ERROR_IO, _("Cannot read “%s”: %s"),
               display, g_strerror (saved_errno));
}

/* Reads a file up to the size limit: a regular file (@size_hint is its
 * size) or a pipe, a device… (@size_hint is 0). */
static GBytes *
read_stream (PtceJsonReader  *self,
             int              fd,
             const char      *path,
             gsize            size_hint,
             GError         **error)
{
  g_autoptr(GByteArray) buffer = g_byte_array_sized_new ((guint) MIN (size_hint, G_MAXUINT));
  guint8 chunk[65536];

  /* filled once, then parsed (ptce-memory-private.h) */
  ptce_memory_advise_huge_pages (buffer->data, MIN (size_hint, G_MAXUINT));

  for (;;)
    {
      gssize n = read (fd, chunk, sizeof chunk);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          set_io_error (error, path, errno);
          return NULL;
        }
      if (n == 0)
        break;
      if (!check_size (self, (guint64) buffer->len + (guint64) n, error))
        return NULL;
      /* a GByteArray holds at most G_MAXUINT bytes, whatever max-size says */
      if ((guint64) buffer->len + (guint64) n > G_MAXUINT)
        {
          g_autofree char *limit_text = g_strdup_printf ("%u", G_MAXUINT);

          g_set_error (error, PTCE_ERROR, PTCE_ERROR_LIMIT_EXCEEDED,
                       _("The input is longer than %s bytes, the most libptce can read at once"),
                       limit_text);
          return NULL;
        }
      g_byte_array_append (buffer, chunk, (guint) n);
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
}

/**
 * ptce_json_reader_load_file:
 * @self: a #PtceJsonReader
 * @path: (type filename): the path of a ptce/1 file
 * @error: return location for a #GError
 *
 * Reads a dataset from a file. A file larger than #PtceJsonReader:max-size
 * is refused before it is read.
 *
 * Every error message starts with the file's name, in json-glib's own form
 * for a place in the text, `FILE:LINE:COLUMN: message`
 * (`pole.json:3:16: expected a value, found “]”`; columns count
 * characters), and `pole.json: $.poles[0].memberships[1]: …` for the
 * content.
 *
 * Returns: (transfer full) (nullable): a new dataset, or %NULL with @error
 *   set (%PTCE_ERROR_IO naming @path when the file cannot be read, a
 *   directory for instance)
 *
 * Since: 1.0
 */
PtceDataset *
ptce_json_reader_load_file (PtceJsonReader  *self,
                            const char      *path,
                            GError         **error)
{
  g_autofree char *display = NULL;
  GBytes *bytes;

  g_return_val_if_fail (PTCE_IS_JSON_READER (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = ptce_json_reader_read_file (self, path, error);
  if (bytes == NULL)
    return NULL;
  display = g_filename_display_name (path);
  return load_owned_bytes (self, bytes, display, error);
}

GBytes *
ptce_json_reader_read_file (PtceJsonReader  *self,
                            const char      *path,
                            GError         **error)
{
  g_autofree char *display = NULL;
  GBytes *bytes;
  GStatBuf st;
  int fd;

  g_return_val_if_fail (PTCE_IS_JSON_READER (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  ptce_i18n_init ();

  display = g_filename_display_name (path);
  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      set_io_error (error, path, errno);
      return NULL;
    }
  if (fstat (fd, &st) != 0)
    {
      set_io_error (error, path, errno);
      close (fd);
      return NULL;
    }
  if (S_ISDIR (st.st_mode))
    {
      set_io_error (error, path, EISDIR);
      close (fd);
      return NULL;
    }

  if (S_ISREG (st.st_mode) && !check_size (self, (guint64) st.st_size, error))
    {
      ptce_json_prefix_source (display, error);
      close (fd);
      return NULL;
    }

  /* Read, never map: if another process truncated a mapped file while it
   * is parsed, the next access past its new end would kill this process
   * with SIGBUS (tests/reliability/test-hostile-json.c, "truncated"). */
  bytes = read_stream (self, fd, path, S_ISREG (st.st_mode) ? (gsize) st.st_size : 0, error);

  close (fd);
  if (bytes == NULL)
    {
      /* "Cannot read “FILE”: …" names it already */
      if (error != NULL && !g_error_matches (*error, PTCE_ERROR, PTCE_ERROR_IO))
        ptce_json_prefix_source (display, error);
      return NULL;
    }
  return bytes;
}

/**
 * ptce_json_reader_load_bytes:
 * @self: a #PtceJsonReader
 * @bytes: the bytes of a ptce/1 document, UTF-8 encoded
 * @error: return location for a #GError
 *
 * Reads a dataset from bytes in memory. A leading UTF-8 byte order mark is
 * ignored.
 *
 * Returns: (transfer full) (nullable): a new dataset, or %NULL with @error
 *   set
 *
 * Since: 1.0
 */
PtceDataset *
ptce_json_reader_load_bytes (PtceJsonReader  *self,
                             GBytes          *bytes,
                             GError         **error)
{
  g_return_val_if_fail (PTCE_IS_JSON_READER (self), NULL);
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return ptce_json_reader_load_bytes_from (self, bytes, NULL, error);
}

PtceDataset *
ptce_json_reader_load_bytes_from (PtceJsonReader  *self,
                                  GBytes          *bytes,
                                  const char      *source,
                                  GError         **error)
{
  g_return_val_if_fail (PTCE_IS_JSON_READER (self), NULL);
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return load_owned_bytes (self, g_bytes_ref (bytes), source, error);
}

/* Takes @bytes: the parsed document holds its own copy of every string,
 * so the bytes are let go as soon as they are parsed, before the model is
 * built (when the caller holds no other reference to them, as
 * ptce_json_reader_load_file() does not: a file's worth less at the peak). */
static PtceDataset *
load_owned_bytes (PtceJsonReader  *self,
                  GBytes          *bytes,
                  const char      *source,
                  GError         **error)
{
  g_autoptr(GBytes) owned = bytes;
  const PtceTreeParser *parser;
  PtceTreeNode root = NULL;
  gpointer document;
  PtceDataset *dataset;
  const char *data;
  gsize length;

  ptce_i18n_init ();

  data = g_bytes_get_data (owned, &length);
  if (!check_size (self, length, error))
    goto failed;
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  /* Never hand json-glib bytes that could hurt it or that it would read
   * wrongly: see ptce-json-scan-private.h. A parser that checks as much by
   * itself goes first, and the scan only runs on what it refuses, for the
   * error (ptce-tree-private.h). */
  document = ptce_tree_parse_checked (self->parser, NULL, data, length, self->max_depth, source,
                                      &root, &parser, error);
  if (document == NULL)
    goto failed;
  g_clear_pointer (&owned, g_bytes_unref);
  dataset = ptce_json_build_dataset (parser->vtable (), root,
                                     self->max_depth, FALSE, error);
  parser->free_document (document);
  if (dataset != NULL)
    return dataset;

failed:
  /* the file's name first, as json-glib does; places in the text already
   * have it (ptce_json_format_place()) */
  ptce_json_prefix_source (source, error);
  return NULL;
}

/* The threads a build may use: the processors, counted once (each count
 * reads two files of sysfs, a tenth of a millisecond of one pole's read
 * from a store), eight at most. */
static guint
build_threads (void)
{
  static gsize threads = 0;

  if (g_once_init_enter (&threads))
    g_once_init_leave (&threads, CLAMP (g_get_num_processors (), 1, 8));
  return (guint) threads;
}

PtceJsonParts *
ptce_json_reader_begin_parts (PtceJsonReader  *self,
                              const char      *root,
                              GError         **error)
{
  g_return_val_if_fail (PTCE_IS_JSON_READER (self), NULL);
  g_return_val_if_fail (root != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return ptce_json_parts_new (self->parser, root, self->max_depth, build_threads (), error);
}

/**
 * ptce_json_reader_load_node:
 * @self: a #PtceJsonReader
 * @node: the root of a ptce/1 document
 * @error: return location for a #GError
 *
 * Reads a dataset from a JSON tree already in memory, for applications that
 * parse or build JSON themselves. The same checks apply as for bytes,
 * including #PtceJsonReader:max-depth and the validity of strings.
 *
 * Returns: (transfer full) (nullable): a new dataset, or %NULL with @error
 *   set
 *
 * Since: 1.0
 */
PtceDataset *
ptce_json_reader_load_node (PtceJsonReader  *self,
                            JsonNode        *node,
                            GError         **error)
{
  g_return_val_if_fail (PTCE_IS_JSON_READER (self), NULL);
  g_return_val_if_fail (node != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return ptce_json_build_dataset (ptce_json_glib_tree_vtable (), node,
                                  self->max_depth, TRUE, error);
}
