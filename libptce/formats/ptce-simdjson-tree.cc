/* ptce-simdjson-tree.cc: simdjson's DOM behind the parser-neutral cursor
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The one C++ file of libptce (docs/performance.md). It parses bytes that
 * ptce_json_scan() already checked with Debian's simdjson 3.0 into a
 * dom::document and walks its tape in place: a node is a pointer to a word
 * of the tape, so the tree costs nothing beyond simdjson's own document
 * (its tape and its string buffer, whose strings are NUL-terminated and
 * borrowed as they are). No C++ type or exception crosses the seam: every
 * entry point is noexcept and C-linked, and the builder sees the same
 * PtceTreeVTable as for json-glib, hence the same model and the same
 * errors (tests/reliability/test-differential.c).
 *
 * The tape (simdjson's doc/tape.md): one 64-bit word per value, its type
 * in the top byte and a 56-bit payload; '{' and '[' hold in their low 32
 * bits the index of the word after their matching '}' or ']' and in the
 * next 24 bits how many members or items they have (saturated at
 * 0xFFFFFF); '"' holds an offset in the string buffer, where a 32-bit
 * length, the bytes and a NUL are; 'l', 'u' and 'd' are followed by one
 * word, the value. An object is its key strings, each followed by its
 * value.
 *
 * The vtable functions get a node and nothing else, so the tape and the
 * string buffer of the document being built are per-thread state, set by
 * parse() and cleared by free_document() (ptce-tree-private.h: build and
 * free a document in the thread that parsed it, one at a time).
 *
 * When simdjson refuses what json-glib accepts (a number out of the range
 * of a double, such as 1e400, which json-glib reads as infinite; nesting
 * deeper than simdjson's limit when a reader allows more), parse() returns
 * NULL without an error and the reader falls back on json-glib, so that a
 * document never reads differently. */
#include "config.h"

#include <cstring>
#include <new>

#include <simdjson.h>

extern "C" {
#include "ptce-error.h"
#include "ptce-memory-private.h"
#include "ptce-tree-private.h"
}

namespace {

using Word = uint64_t;

/* Where array_index() last stood in an array, so that walking an array in
 * order costs one step per item even while the arrays inside its items
 * are walked. The builder walks depth first: the cursors form a stack of
 * the arrays being walked, each inside the one below it. */
struct Cursor
{
  const Word *array = nullptr;
  const Word *end = nullptr;
  guint       index = 0;
  const Word *item = nullptr;
};

constexpr guint N_CURSORS = 128;

struct Current
{
  const Word    *tape = nullptr;
  const uint8_t *strings = nullptr;
  Cursor         cursors[N_CURSORS];
  guint          depth = 0;
  /* the object of the last member found, and the member after it: the
   * builder asks for members in about the order the writer writes them,
   * so the next one is usually there (the scan refuses duplicate names,
   * so where a search starts does not change what it finds) */
  const Word    *hint_object = nullptr;
  const Word    *hint_next = nullptr;
};

thread_local Current current;

inline char
kind (const Word *w) noexcept
{
  return (char) (*w >> 56);
}

inline uint64_t
payload (const Word *w) noexcept
{
  return *w & simdjson::internal::JSON_VALUE_MASK;
}

/* The word after the value at @w. */
inline const Word *
skip (const Word *w) noexcept
{
  switch (kind (w))
    {
    case '[':
    case '{':
      return current.tape + (uint32_t) payload (w);
    case 'l':
    case 'u':
    case 'd':
      return w + 2;
    default:
      return w + 1;
    }
}

inline const char *
string_at (const Word *w) noexcept
{
  return (const char *) current.strings + payload (w) + sizeof (uint32_t);
}

inline const Word *
node_word (PtceTreeNode node) noexcept
{
  return static_cast<const Word *> (node);
}

/* How many items or members the container at @w has. */
guint
count (const Word *w) noexcept
{
  uint32_t n = (uint32_t) ((payload (w) >> 32) & simdjson::internal::JSON_COUNT_MASK);
  const Word *end;
  guint counted = 0;

  if (n < simdjson::internal::JSON_COUNT_MASK)
    return n;
  /* saturated: count them */
  end = skip (w) - 1;
  for (const Word *p = w + 1; p < end; counted++)
    p = kind (w) == '{' ? skip (p + 1) : skip (p);
  return counted;
}

PtceTreeType
sj_get_type (PtceTreeNode node) noexcept
{
  switch (kind (node_word (node)))
    {
    case '{':
      return PTCE_TREE_OBJECT;
    case '[':
      return PTCE_TREE_ARRAY;
    case '"':
      return PTCE_TREE_STRING;
    case 'l':
      return PTCE_TREE_INTEGER;
    case 't':
    case 'f':
      return PTCE_TREE_BOOLEAN;
    case 'u':  /* above 2⁶³−1: the scan refuses it, json-glib would not */
    case 'd':
      return PTCE_TREE_DOUBLE;
    case 'n':
    default:
      return PTCE_TREE_NULL;
    }
}

gboolean
sj_get_boolean (PtceTreeNode node) noexcept
{
  return kind (node_word (node)) == 't';
}

gint64
sj_get_integer (PtceTreeNode node) noexcept
{
  const Word *w = node_word (node);
  gint64 value;

  if (kind (w) != 'l')
    return 0;
  std::memcpy (&value, w + 1, sizeof value);
  return value;
}

double
sj_get_double (PtceTreeNode node) noexcept
{
  const Word *w = node_word (node);

  switch (kind (w))
    {
    case 'd':
      {
        double value;

        std::memcpy (&value, w + 1, sizeof value);
        return value;
      }
    case 'l':
      return (double) sj_get_integer (node);
    case 'u':
      return (double) w[1];
    default:
      return 0;
    }
}

const char *
sj_get_string (PtceTreeNode node) noexcept
{
  const Word *w = node_word (node);

  return kind (w) == '"' ? string_at (w) : nullptr;
}

guint
sj_array_length (PtceTreeNode node) noexcept
{
  return count (node_word (node));
}

PtceTreeNode
sj_array_index (PtceTreeNode node,
                guint        index) noexcept
{
  const Word *array = node_word (node);
  const Word *end = skip (array) - 1;
  Cursor *cursor;
  const Word *p = array + 1;
  guint i = 0;

  /* leave the arrays that do not hold this one: their walk is over */
  while (current.depth > 0 &&
         current.cursors[current.depth - 1].array != array &&
         !(array > current.cursors[current.depth - 1].array &&
           array < current.cursors[current.depth - 1].end))
    current.depth--;
  if (current.depth > 0 && current.cursors[current.depth - 1].array == array)
    {
      cursor = &current.cursors[current.depth - 1];
      if (index >= cursor->index)
        {
          p = cursor->item;
          i = cursor->index;
        }
    }
  else
    {
      if (current.depth == N_CURSORS)
        current.depth--;  /* deeper than any ptce/1 document: no memory */
      cursor = &current.cursors[current.depth++];
      cursor->array = array;
      cursor->end = end;
    }
  for (; i < index && p < end; i++)
    p = skip (p);
  if (p >= end)
    return nullptr;
  cursor->index = index;
  cursor->item = p;
  return p;
}

guint
sj_object_size (PtceTreeNode node) noexcept
{
  return count (node_word (node));
}

/* Whether the key at @w is @name, of @length bytes, compared as C strings
 * as json-glib does (a key holding a NUL ends there): its first @length
 * bytes are @name's and the next one is a NUL. */
inline bool
key_is (const Word *w,
        const char *name,
        size_t      length) noexcept
{
  const char *key = string_at (w);
  uint32_t key_length;

  std::memcpy (&key_length, current.strings + payload (w), sizeof key_length);
  return key_length >= length && std::memcmp (key, name, length) == 0 && key[length] == '\0';
}

PtceTreeNode
sj_object_lookup (PtceTreeNode  node,
                  const char   *name) noexcept
{
  const Word *object = node_word (node);
  const Word *first = object + 1;
  const Word *end = skip (object) - 1;
  const Word *start = first;
  size_t length = std::strlen (name);

  if (current.hint_object == object && current.hint_next > first && current.hint_next < end)
    start = current.hint_next;
  for (const Word *p = start; p < end; p = skip (p + 1))
    if (key_is (p, name, length))
      {
        current.hint_object = object;
        current.hint_next = skip (p + 1);
        return p + 1;
      }
  for (const Word *p = first; p < start; p = skip (p + 1))
    if (key_is (p, name, length))
      {
        current.hint_object = object;
        current.hint_next = skip (p + 1);
        return p + 1;
      }
  return nullptr;
}

void
sj_object_foreach (PtceTreeNode       node,
                   PtceTreeMemberFunc func,
                   gpointer           user_data) noexcept
{
  const Word *object = node_word (node);
  const Word *end = skip (object) - 1;

  for (const Word *p = object + 1; p < end; p = skip (p + 1))
    if (!func (string_at (p), p + 1, user_data))
      return;
}

gboolean
sj_get_position (PtceTreeNode  /* node */,
                 guint        * /* line */,
                 guint        * /* column */) noexcept
{
  /* the tape keeps no position; json-glib keeps none either */
  return FALSE;
}

const PtceTreeVTable simdjson_vtable = {
  "simdjson",
  sj_get_type,
  sj_get_boolean,
  sj_get_integer,
  sj_get_double,
  sj_get_string,
  sj_array_length,
  sj_array_index,
  sj_object_size,
  sj_object_lookup,
  sj_object_foreach,
  sj_get_position,
};

const PtceTreeVTable *
sj_vtable (void) noexcept
{
  return &simdjson_vtable;
}

/* ---- what ptce_json_scan() checks and simdjson does not ------------------
 *
 * The reader hands this parser the bytes before ptce_json_scan() (its
 * checks_input, ptce-tree-private.h), so parse() must refuse whatever the
 * scan refuses. simdjson 3.0 already refuses, as the scan does: invalid
 * UTF-8 (the same sequences as g_utf8_validate_len(), checked over every
 * sequence of up to four bytes), NUL and other control bytes in strings,
 * NUL bytes elsewhere, every syntax error, unpaired surrogate escapes,
 * integers below −2⁶³ or above 2⁶⁴−1, an empty document. What it accepts
 * and the scan does not is checked on the tape below, in one pass:
 *
 * - the escape of a NUL (a backslash, "u0000"): looked for in the bytes
 *   (has_nul_escape());
 * - integers above 2⁶³−1, which simdjson keeps as unsigned ('u');
 * - nesting deeper than the reader's limit;
 * - an object with the same member name twice (decoded names are
 *   compared: two names written differently that decode alike are a false
 *   alarm, which the scan then clears, and json-glib reads the bytes).
 *
 * Any of them, and parse() returns NULL without an error: the reader runs
 * the scan for its error (same place, same message), as it did before
 * every parse. */

struct Key
{
  uint32_t    length;
  uint64_t    head;   /* the first 8 bytes, 0-padded: most names differ there */
  const char *bytes;
};

inline bool
key_equal (const Key &a,
           const Key &b) noexcept
{
  return a.length == b.length && a.head == b.head &&
         (a.length <= 8 || std::memcmp (a.bytes + 8, b.bytes + 8, a.length - 8) == 0);
}

int
key_compare (const void *pa,
             const void *pb) noexcept
{
  const Key *a = static_cast<const Key *> (pa), *b = static_cast<const Key *> (pb);

  if (a->length != b->length)
    return a->length < b->length ? -1 : 1;
  return std::memcmp (a->bytes, b->bytes, a->length);
}

/* Whether the object at @object (a '{' word) has two members of the same
 * name. @big_keys (of @big_keys_size) is a buffer for objects of many
 * members, grown as needed, that the caller frees. */
bool
has_duplicate_keys (const Word    *tape,
                    const uint8_t *strings,
                    const Word    *object,
                    Key          **big_keys_out,
                    gsize         *big_keys_size_out) noexcept
{
  Key *&big_keys = *big_keys_out;
  gsize &big_keys_size = *big_keys_size_out;
  Key small[32];
  Key *keys = small;
  const Word *end = tape + (uint32_t) payload (object) - 1;
  gsize n = 0, capacity = G_N_ELEMENTS (small);

  for (const Word *p = object + 1; p < end;)
    {
      const uint8_t *at = strings + payload (p);
      Key key;
      const Word *value = p + 1;

      std::memcpy (&key.length, at, sizeof key.length);
      key.bytes = (const char *) at + sizeof (uint32_t);
      key.head = 0;
      std::memcpy (&key.head, key.bytes, MIN (key.length, 8u));
      if (n == capacity)
        {
          if (big_keys_size < 2 * capacity)
            {
              big_keys_size = 2 * capacity;
              big_keys = g_renew (Key, big_keys, big_keys_size);
            }
          if (keys == small)
            std::memcpy (big_keys, small, sizeof small);
          keys = big_keys;
          capacity = big_keys_size;
        }
      keys[n++] = key;
      switch (kind (value))
        {
        case '[':
        case '{':
          p = tape + (uint32_t) payload (value);
          break;
        case 'l':
        case 'u':
        case 'd':
          p = value + 2;
          break;
        default:
          p = value + 1;
        }
    }
  if (n <= G_N_ELEMENTS (small))
    {
      /* the objects of ptce/1 have a few members: compare them pairwise */
      for (gsize i = 1; i < n; i++)
        for (gsize j = 0; j < i; j++)
          if (key_equal (keys[i], keys[j]))
            return true;
      return false;
    }
  std::qsort (keys, n, sizeof (Key), key_compare);
  for (gsize i = 1; i < n; i++)
    if (key_equal (keys[i], keys[i - 1]))
      return true;
  return false;
}

/* Whether the bytes of a document that simdjson accepted hold the escape
 * of a NUL. A backslash can only start an escape there (outside strings
 * simdjson refuses it), so each one is taken with the character after it:
 * an escaped backslash before "u0000" is no NUL. memchr() runs on vectors,
 * where memmem() went through the bytes one by one (2 % of a load). */
bool
has_nul_escape (const char *data,
                gsize       length) noexcept
{
  const char *end = data + length;

  for (const char *p = data;
       (p = static_cast<const char *> (std::memchr (p, '\\', (size_t) (end - p)))) != nullptr;
       p += 2)
    if (end - p >= 6 && std::memcmp (p + 1, "u0000", 5) == 0)
      return true;
    else if (end - p < 2)
      return false;
  return false;
}

/* Whether the document holds nothing that ptce_json_scan() refuses (see
 * above). */
bool
tape_is_scan_clean (const char                    *data,
                    gsize                          length,
                    guint                          max_depth,
                    const simdjson::dom::document &document) noexcept
{
  const Word *tape = document.tape.get ();
  const uint8_t *strings = document.string_buf.get ();
  const Word *end = tape + (uint32_t) payload (tape);  /* the root's closing 'r' */
  guint depth = 0;
  Key *big_keys = nullptr;
  gsize big_keys_size = 0;
  bool clean = false;

  if (has_nul_escape (data, length))
    return false;
  for (const Word *p = tape + 1; p < end;)
    switch (kind (p))
      {
      case '{':
        if (++depth > max_depth ||
            has_duplicate_keys (tape, strings, p, &big_keys, &big_keys_size))
          goto out;
        p++;
        break;
      case '[':
        if (++depth > max_depth)
          goto out;
        p++;
        break;
      case '}':
      case ']':
        depth--;
        p++;
        break;
      case 'u':
        goto out;
      case 'l':
      case 'd':
        p += 2;
        break;
      default:
        p++;
      }
  clean = true;
out:
  g_free (big_keys);
  return clean;
}

/* One more level than the limit, so that the tape check is the one to
 * refuse a document nested too deep (deeper than 4096: the scan and
 * json-glib, as before). */
inline guint
parser_depth (guint max_depth) noexcept
{
  return MIN (max_depth, 4096u) + 1;
}

/* Parses @data into @document with @parser, allocated for it, checks the
 * tape and makes @document the thread's current one; false (no error:
 * the reader scans, then falls back on json-glib) when either refuses. */
bool
parse_into (simdjson::dom::parser   &parser,
            simdjson::dom::document &document,
            const char              *data,
            gsize                    length,
            guint                    max_depth,
            PtceTreeNode            *root) noexcept
{
  simdjson::dom::element element;

  current = Current ();
  if (parser.parse_into_document (document, data, length).get (element) != simdjson::SUCCESS ||
      !tape_is_scan_clean (data, length, max_depth, document))
    return false;
  current.tape = document.tape.get ();
  current.strings = document.string_buf.get ();
  *root = current.tape + 1;  /* 0 is the root word 'r' */
  return true;
}

gpointer
sj_parse (const char    *data,
          gsize          length,
          guint          max_depth,
          PtceTreeNode  *root,
          GError       ** /* error: never set, see above */) noexcept
{
  simdjson::dom::document *document;

  /* Empty input has no bytes to give simdjson (data may be NULL, which it
   * passes on to memcpy): the scan says what is wrong with it. */
  if (data == nullptr || length == 0)
    return nullptr;
  document = new (std::nothrow) simdjson::dom::document ();
  if (document == nullptr)
    return nullptr;
  {
    /* the parser's buffers (several bytes per byte of input) go as soon
     * as the document is parsed, before the model is built */
    simdjson::dom::parser parser (G_MAXUINT32);

    if (parser.allocate (length, parser_depth (max_depth)) != simdjson::SUCCESS ||
        document->allocate (length) != simdjson::SUCCESS)
      {
        delete document;
        return nullptr;
      }
    /* the parser's three buffers, allocated for the worst case (12 bytes
     * per byte of input), are filled from their start: huge pages for
     * them (ptce-memory-private.h). The sizes are those simdjson 3.0
     * allocates, or less. The structural indexes are reached through the
     * member simdjson keeps public "for benchmarking access". */
    ptce_memory_advise_huge_pages (document->tape.get (), length * sizeof (uint64_t));
    ptce_memory_advise_huge_pages (document->string_buf.get (), 5 * (length / 3));
    ptce_memory_advise_huge_pages (parser.implementation->structural_indexes.get (),
                                   length * sizeof (uint32_t));
    if (!parse_into (parser, *document, data, length, max_depth, root))
      {
        delete document;
        return nullptr;
      }
  }
  return document;
}

void
sj_free_document (gpointer document) noexcept
{
  current = Current ();
  delete static_cast<simdjson::dom::document *> (document);
}

/* A parser and its document kept for small documents parsed one after
 * the other: the buffers grow to the largest document and are reused, so
 * a fragment of a few kilobytes costs its parse and no allocation (a new
 * parser allocates and advises buffers for each document, sj_parse()). */
struct Cache
{
  simdjson::dom::parser   parser { G_MAXUINT32 };
  simdjson::dom::document document;
  gsize                   capacity = 0;
  guint                   depth = 0;
};

gpointer
sj_cache_new (void) noexcept
{
  return new (std::nothrow) Cache ();
}

void
sj_cache_free (gpointer cache) noexcept
{
  current = Current ();
  delete static_cast<Cache *> (cache);
}

gpointer
sj_parse_cached (gpointer       data_cache,
                 const char    *data,
                 gsize          length,
                 guint          max_depth,
                 PtceTreeNode  *root,
                 GError       ** /* error: never set, as sj_parse() */) noexcept
{
  Cache *cache = static_cast<Cache *> (data_cache);
  guint depth = parser_depth (max_depth);

  if (data == nullptr || length == 0)
    return nullptr;
  current = Current ();
  if (length > cache->capacity || depth != cache->depth)
    {
      gsize capacity = MAX (length, MIN (2 * cache->capacity, (gsize) G_MAXUINT32));

      cache->capacity = 0;
      if (capacity > G_MAXUINT32 ||
          cache->parser.allocate (capacity, depth) != simdjson::SUCCESS ||
          cache->document.allocate (capacity) != simdjson::SUCCESS)
        return nullptr;
      cache->capacity = capacity;
      cache->depth = depth;
    }
  if (!parse_into (cache->parser, cache->document, data, length, max_depth, root))
    return nullptr;
  return &cache->document;
}

const PtceTreeParser simdjson_parser = {
  "simdjson",
  sj_vtable,
  TRUE,  /* checks_input: see tape_is_scan_clean() */
  sj_parse,
  sj_free_document,
  sj_cache_new,
  sj_cache_free,
  sj_parse_cached,
};

} /* namespace */

extern "C" const PtceTreeParser *
ptce_simdjson_tree_parser (void)
{
  return &simdjson_parser;
}
