/* ptce-geo-builder.c: compiles the text form of a geography vintage
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Input: the tab-separated file that tools/update-geography writes (format
 * in docs/reference-data.md). Output: the blob that ptce-geo-data.c reads in
 * place. The build runs this through ptce-geography-compile to embed the
 * default vintage; ptce_geography_new_from_file() runs it for a vintage
 * given at run time. Every line is checked: a bad file is a GError naming
 * the file, the line and the field, never a crash. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "ptce-error.h"
#include "ptce-geo-data-private.h"
#include "ptce-i18n-private.h"
#include "ptce-identifier.h"
#include "ptce-reference-enums.h"
#include "ptce-reference-private.h"

typedef struct {
  const char *code;
  const char *name;
  const char *chef_lieu;
  guint8      zone;
  guint       line;
} BRegion;

typedef struct {
  const char *code;
  const char *name;
  const char *region;
  const char *chef_lieu;
  guint8      zone;
  guint       line;
  guint8      region_index;
} BDep;

typedef struct {
  const char *siren;
  const char *name;
  guint8      kind;
  guint8      tax;
  guint32     population_total;
  guint32     population_municipal;
  guint       line;
  GArray     *members;  /* guint32 commune indices */
} BEpci;

typedef struct {
  const char *code;
  guint8      kind;
  const char *name;
  const char *departement;
  const char *region;
  guint8      zone;
  const char *epci;
  const char *ept;
  guint32     population;
  guint32     siren;
  const char *postal;   /* comma-separated */
  const char *parent;
  const char *former;   /* comma-separated */
  guint       line;
} BCommune;

typedef struct {
  const char *filename;
  GArray     *regions;
  GArray     *departements;
  GArray     *epcis;
  GArray     *communes;
  const char *vintage;
  const char *source;
  /* output */
  GByteArray *pool;
  GHashTable *pool_offsets;  /* string → offset + 1 */
  GPtrArray  *quoted;        /* strings made by shown(), freed with the builder */
} Builder;

static void
builder_clear (Builder *b)
{
  if (b->epcis != NULL)
    for (guint i = 0; i < b->epcis->len; i++)
      g_clear_pointer (&g_array_index (b->epcis, BEpci, i).members, g_array_unref);
  g_clear_pointer (&b->regions, g_array_unref);
  g_clear_pointer (&b->departements, g_array_unref);
  g_clear_pointer (&b->epcis, g_array_unref);
  g_clear_pointer (&b->communes, g_array_unref);
  g_clear_pointer (&b->pool, g_byte_array_unref);
  g_clear_pointer (&b->pool_offsets, g_hash_table_unref);
  g_clear_pointer (&b->quoted, g_ptr_array_unref);
}

/* A field of the input as an error message may quote it: valid UTF-8 and
 * at most 40 characters, so a hostile file cannot make a huge message. */
static const char *
shown (Builder    *b,
       const char *text)
{
  if (b->quoted == NULL)
    b->quoted = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (b->quoted, ptce_reference_quote (text, 40));
  return g_ptr_array_index (b->quoted, b->quoted->len - 1);
}

G_GNUC_PRINTF (4, 5)
static gboolean
fail (Builder     *b,
      guint        line,
      GError     **error,
      const char  *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (line > 0)
    g_set_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_REFERENCE_DATA,
                 "%s:%u: %s", b->filename, line, message);
  else
    g_set_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_REFERENCE_DATA,
                 "%s: %s", b->filename, message);
  return FALSE;
}

static gboolean
parse_zone (const char *text,
            guint8     *zone)
{
  if (strcmp (text, "metro") == 0)
    *zone = GEO_ZONE_METRO;
  else if (strcmp (text, "drom") == 0)
    *zone = GEO_ZONE_DROM;
  else if (strcmp (text, "com") == 0)
    *zone = GEO_ZONE_COM;
  else
    return FALSE;
  return TRUE;
}

static gboolean
parse_u32 (const char *text,
           guint32    *value)
{
  guint64 v;

  if (*text == '\0')
    {
      *value = 0;
      return TRUE;
    }
  if (!g_ascii_string_to_unsigned (text, 10, 0, G_MAXUINT32 - 1, &v, NULL))
    return FALSE;
  *value = (guint32) v;
  return TRUE;
}

static gboolean
is_digits (const char *text,
           gsize       len)
{
  if (strlen (text) != len)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;
  return TRUE;
}

static gboolean
check_commune_code (Builder     *b,
                    guint        line,
                    const char  *what,
                    const char  *code,
                    GError     **error)
{
  g_autoptr(GError) local = NULL;

  if (!ptce_identifier_check_commune_code (code, &local))
    /* TRANSLATORS: a field of a geography file, then what is wrong */
    return fail (b, line, error, C_("geography file: field, error", "%s: %s"), what, local->message);
  return TRUE;
}

/* A comma-separated list whose items all pass @check (NULL: any). */
static gboolean
check_list (Builder     *b,
            guint        line,
            const char  *what,
            const char  *list,
            gboolean   (*check) (const char *item),
            GError     **error)
{
  g_auto(GStrv) items = NULL;

  if (*list == '\0')
    return TRUE;
  items = g_strsplit (list, ",", -1);
  for (guint i = 0; items[i] != NULL; i++)
    if (!check (items[i]))
      return fail (b, line, error, _("%s: “%s” is not valid"), what, shown (b, items[i]));
  return TRUE;
}

static gboolean
is_postal_code (const char *item)
{
  return is_digits (item, 5);
}

static gboolean
is_commune_code (const char *item)
{
  return ptce_identifier_check_commune_code (item, NULL);
}

static gboolean
parse_record (Builder     *b,
              guint        line,
              char       **fields,
              guint        n_fields,
              GError     **error)
{
  const char *type = fields[0];
  static const struct { const char *type; guint n; } expected[] = {
    { "R", 5 }, { "D", 6 }, { "E", 7 }, { "C", 14 },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (expected); i++)
    if (strcmp (type, expected[i].type) == 0 && n_fields != expected[i].n)
      return fail (b, line, error, _("a “%s” record has %u fields, %u expected"),
                   type, n_fields, expected[i].n);

  if (strcmp (type, "R") == 0)
    {
      BRegion r = { fields[1], fields[2], fields[3], 0, line };

      if (*r.code == '\0' || strlen (r.code) > 3 || *r.name == '\0')
        return fail (b, line, error, _("a région needs a code of 1 to 3 characters and a name"));
      if (*r.chef_lieu != '\0' && !check_commune_code (b, line, C_("geography file field", "chef-lieu"), r.chef_lieu, error))
        return FALSE;
      if (!parse_zone (fields[4], &r.zone))
        return fail (b, line, error, _("unknown zone “%s” (metro, drom or com expected)"), shown (b, fields[4]));
      g_array_append_val (b->regions, r);
    }
  else if (strcmp (type, "D") == 0)
    {
      BDep d = { fields[1], fields[2], fields[3], fields[4], 0, line, 0 };
      g_autoptr(GError) local = NULL;

      if (!ptce_identifier_check_departement_code (d.code, &local))
        return fail (b, line, error, "%s", local->message);
      if (*d.name == '\0')
        return fail (b, line, error, _("a département needs a name"));
      if (*d.chef_lieu != '\0' && !check_commune_code (b, line, C_("geography file field", "chef-lieu"), d.chef_lieu, error))
        return FALSE;
      if (!parse_zone (fields[5], &d.zone))
        return fail (b, line, error, _("unknown zone “%s” (metro, drom or com expected)"), shown (b, fields[5]));
      g_array_append_val (b->departements, d);
    }
  else if (strcmp (type, "E") == 0)
    {
      BEpci e = { fields[1], fields[3], 0, GEO_TAX_NONE, 0, 0, line, NULL };
      static const char * const kinds[] = { "CC", "CA", "CU", "METRO", "MET69", "EPT" };
      gboolean kind_found = FALSE;

      if (!is_digits (e.siren, 9))
        return fail (b, line, error, _("the SIREN of an EPCI is 9 digits, not “%s”"), shown (b, e.siren));
      for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
        if (strcmp (fields[2], kinds[k]) == 0)
          {
            e.kind = (guint8) k;  /* the order of PtceEpciKind */
            kind_found = TRUE;
          }
      if (!kind_found)
        return fail (b, line, error, _("unknown EPCI kind “%s” (CC, CA, CU, METRO, MET69 or EPT expected)"),
                     shown (b, fields[2]));
      if (*e.name == '\0')
        return fail (b, line, error, _("an EPCI needs a name"));
      if (strcmp (fields[4], "FPU") == 0)
        e.tax = GEO_TAX_FPU;
      else if (strcmp (fields[4], "FA") == 0)
        e.tax = GEO_TAX_FA;
      else if (*fields[4] != '\0')
        return fail (b, line, error, _("unknown tax regime “%s” (FPU or FA expected)"), shown (b, fields[4]));
      if (!parse_u32 (fields[5], &e.population_total) ||
          !parse_u32 (fields[6], &e.population_municipal))
        return fail (b, line, error, _("a population is not a whole number"));
      e.members = g_array_new (FALSE, FALSE, sizeof (guint32));
      g_array_append_val (b->epcis, e);
    }
  else if (strcmp (type, "C") == 0)
    {
      BCommune c = { 0, };
      static const char * const kinds[] = { "COM", "COMD", "COMA", "ARM" };
      gboolean kind_found = FALSE;

      c.code = fields[1];
      c.name = fields[3];
      c.departement = fields[4];
      c.region = fields[5];
      c.epci = fields[7];
      c.ept = fields[8];
      c.postal = fields[11];
      c.parent = fields[12];
      c.former = fields[13];
      c.line = line;

      if (!check_commune_code (b, line, C_("geography file field", "code"), c.code, error))
        return FALSE;
      for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
        if (strcmp (fields[2], kinds[k]) == 0)
          {
            c.kind = (guint8) k;  /* the order of PtceCommuneKind */
            kind_found = TRUE;
          }
      if (!kind_found)
        return fail (b, line, error, _("unknown commune kind “%s” (COM, COMD, COMA or ARM expected)"),
                     shown (b, fields[2]));
      if (*c.name == '\0')
        return fail (b, line, error, _("commune %s has no name"), shown (b, c.code));
      if (!parse_zone (fields[6], &c.zone))
        return fail (b, line, error, _("unknown zone “%s” (metro, drom or com expected)"), shown (b, fields[6]));
      if (!parse_u32 (fields[9], &c.population))
        return fail (b, line, error, _("the population “%s” is not a whole number"), shown (b, fields[9]));
      if (*fields[10] != '\0')
        {
          if (!is_digits (fields[10], 9))
            return fail (b, line, error, _("the SIREN of a commune is 9 digits, not “%s”"), shown (b, fields[10]));
          c.siren = (guint32) strtoul (fields[10], NULL, 10);
        }
      if (!check_list (b, line, C_("geography file field", "postal codes"), c.postal, is_postal_code, error) ||
          !check_list (b, line, C_("geography file field", "former codes"), c.former, is_commune_code, error))
        return FALSE;
      if (c.kind == PTCE_COMMUNE_KIND_CURRENT && *c.parent != '\0')
        return fail (b, line, error, _("a current commune has no parent commune"));
      if (c.kind != PTCE_COMMUNE_KIND_CURRENT && *c.parent == '\0')
        return fail (b, line, error, _("a delegated or associated commune or an arrondissement needs its parent commune"));
      if (c.kind != PTCE_COMMUNE_KIND_CURRENT && (*c.epci != '\0' || *c.ept != '\0'))
        return fail (b, line, error, _("only current communes are members of an EPCI"));
      g_array_append_val (b->communes, c);
    }
  else
    return fail (b, line, error, _("unknown record type “%s” (R, D, E or C expected)"), shown (b, type));

  return TRUE;
}

static gboolean
parse_text (Builder     *b,
            char        *text,
            GError     **error)
{
  char *line_start = text;
  guint line = 0;
  gboolean seen_magic = FALSE;
  /* Format 1.1 ends with "end", tab, the number of records: a file cut
   * anywhere lacks it or gives a wrong count. Format 1 had no end mark. */
  gboolean needs_end = FALSE;
  guint end_line = 0;
  guint n_records = 0;

  while (line_start != NULL && *line_start != '\0')
    {
      char *end = strchr (line_start, '\n');
      char *fields[16];
      guint n_fields = 0;
      char *p;

      line++;
      if (end != NULL)
        *end = '\0';
      if (end != NULL && end > line_start && end[-1] == '\r')
        end[-1] = '\0';

      if (*line_start == '\0' || *line_start == '#')
        goto next;
      if (end_line != 0)
        return fail (b, line, error, _("there is more after the “end” line of line %u"), end_line);

      /* Split on tabs in place. */
      p = line_start;
      fields[n_fields++] = p;
      while ((p = strchr (p, '\t')) != NULL)
        {
          *p++ = '\0';
          if (n_fields == G_N_ELEMENTS (fields))
            return fail (b, line, error, _("too many fields"));
          fields[n_fields++] = p;
        }

      if (!seen_magic)
        {
          if (n_fields != 2 || strcmp (fields[0], "ptce-geography") != 0)
            return fail (b, line, error, _("not a libptce geography file (the first line must be “ptce-geography” and a version)"));
          if (strcmp (fields[1], "1") != 0 && strcmp (fields[1], "1.1") != 0)
            {
              g_set_error (error, PTCE_ERROR, PTCE_ERROR_UNSUPPORTED_VERSION,
                           _("%s:%u: geography format version “%s” is not supported (1 and 1.1 are)"),
                           b->filename, line, shown (b, fields[1]));
              return FALSE;
            }
          needs_end = strcmp (fields[1], "1.1") == 0;
          seen_magic = TRUE;
          goto next;
        }

      if (strlen (fields[0]) == 1 && g_ascii_isupper (fields[0][0]))
        {
          if (!parse_record (b, line, fields, n_fields, error))
            return FALSE;
          n_records++;
        }
      else if (needs_end && strcmp (fields[0], "end") == 0)
        {
          guint64 count;

          if (n_fields != 2 || !g_ascii_string_to_unsigned (fields[1], 10, 0, G_MAXUINT, &count, NULL))
            return fail (b, line, error, _("the “end” line is “end”, a tab and the number of records"));
          if (count != n_records)
            return fail (b, line, error, _("the “end” line counts %u records, but the file has %u: it was cut or edited"),
                         (guint) count, n_records);
          end_line = line;
        }
      else if (n_fields == 2)
        {
          /* Metadata: key, value. Unknown keys are kept for later versions. */
          if (strcmp (fields[0], "vintage") == 0)
            b->vintage = fields[1];
          else if (strcmp (fields[0], "source") == 0)
            b->source = fields[1];
        }
      else
        return fail (b, line, error, _("a metadata line is a key and a value separated by one tab"));

    next:
      line_start = end != NULL ? end + 1 : NULL;
    }

  if (!seen_magic)
    return fail (b, 0, error, _("the file is empty"));
  if (needs_end && end_line == 0)
    return fail (b, 0, error, _("the file ends before its “end” line: it was cut"));
  if (b->vintage == NULL || *b->vintage == '\0' || !g_utf8_validate (b->vintage, -1, NULL))
    return fail (b, 0, error, _("the file does not say its vintage (a “vintage” line)"));
  if (strlen (b->vintage) > PTCE_GEO_VINTAGE_MAX)
    return fail (b, 0, error, _("the vintage “%s” is longer than %d bytes"), shown (b, b->vintage),
                 PTCE_GEO_VINTAGE_MAX);
  if (b->communes->len == 0)
    return fail (b, 0, error, _("the file has no commune"));
  return TRUE;
}

/* ------------------------------------------------------------------ */

static int
cmp_region (gconstpointer a, gconstpointer b)
{
  return strcmp (((const BRegion *) a)->code, ((const BRegion *) b)->code);
}

static int
cmp_dep (gconstpointer a, gconstpointer b)
{
  return strcmp (((const BDep *) a)->code, ((const BDep *) b)->code);
}

static int
cmp_epci (gconstpointer a, gconstpointer b)
{
  return strcmp (((const BEpci *) a)->siren, ((const BEpci *) b)->siren);
}

static int
cmp_commune (gconstpointer a, gconstpointer b)
{
  const BCommune *ca = a, *cb = b;
  int c = strcmp (ca->code, cb->code);

  if (c != 0)
    return c;
  if (ca->kind != cb->kind)
    return ca->kind < cb->kind ? -1 : 1;
  return 0;
}

static gint
find_region (Builder *b, const char *code)
{
  for (guint i = 0; i < b->regions->len; i++)
    if (strcmp (g_array_index (b->regions, BRegion, i).code, code) == 0)
      return (gint) i;
  return -1;
}

static gint
find_dep (Builder *b, const char *code)
{
  for (guint i = 0; i < b->departements->len; i++)
    if (strcmp (g_array_index (b->departements, BDep, i).code, code) == 0)
      return (gint) i;
  return -1;
}

static guint32
pool_add (Builder    *b,
          const char *text)
{
  gpointer found;
  guint32 offset;

  if (text == NULL || *text == '\0')
    return 0;
  found = g_hash_table_lookup (b->pool_offsets, text);
  if (found != NULL)
    return GPOINTER_TO_UINT (found) - 1;
  offset = b->pool->len;
  g_byte_array_append (b->pool, (const guint8 *) text, (guint) strlen (text) + 1);
  g_hash_table_insert (b->pool_offsets, (gpointer) text, GUINT_TO_POINTER (offset + 1));
  return offset;
}

static void
copy_code (char       *dest,
           gsize       size,
           const char *code)
{
  memset (dest, 0, size);
  strncpy (dest, code, size - 1);
}

static void
append_padded (GByteArray *out,
               const void *data,
               gsize       size)
{
  static const guint8 zeros[4] = { 0, };

  g_byte_array_append (out, data, (guint) size);
  if (out->len % 4 != 0)
    g_byte_array_append (out, zeros, 4 - out->len % 4);
}

typedef struct {
  GeoKeyIndex key;
} KeySort;

static int
cmp_key_index (gconstpointer a, gconstpointer b)
{
  const GeoKeyIndex *ka = a, *kb = b;
  int c = strncmp (ka->code, kb->code, sizeof ka->code);

  if (c != 0)
    return c;
  return GEO_U32 (ka->commune) < GEO_U32 (kb->commune) ? -1 :
         GEO_U32 (ka->commune) > GEO_U32 (kb->commune);
}

static int
cmp_siren_index (gconstpointer a, gconstpointer b)
{
  const GeoSirenIndex *sa = a, *sb = b;

  if (GEO_U32 (sa->siren) != GEO_U32 (sb->siren))
    return GEO_U32 (sa->siren) < GEO_U32 (sb->siren) ? -1 : 1;
  return GEO_U32 (sa->commune) < GEO_U32 (sb->commune) ? -1 :
         GEO_U32 (sa->commune) > GEO_U32 (sb->commune);
}

static int
cmp_name_index (gconstpointer a, gconstpointer b, gpointer user_data)
{
  const GeoNameIndex *na = a, *nb = b;
  const guint8 *pool = user_data;
  int c = strcmp ((const char *) pool + GEO_U32 (na->name),
                  (const char *) pool + GEO_U32 (nb->name));

  if (c != 0)
    return c;
  return GEO_U32 (na->commune) < GEO_U32 (nb->commune) ? -1 :
         GEO_U32 (na->commune) > GEO_U32 (nb->commune);
}

static gboolean
link_and_emit (Builder     *b,
               GBytes     **out_bytes,
               GError     **error)
{
  g_autoptr(GHashTable) current = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) epci_index = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) communes = g_array_new (FALSE, TRUE, sizeof (GeoCommune));
  g_autoptr(GArray) postal_list = g_array_new (FALSE, TRUE, sizeof (GeoCode8));
  g_autoptr(GArray) postal_index = g_array_new (FALSE, TRUE, sizeof (GeoKeyIndex));
  g_autoptr(GArray) former_list = g_array_new (FALSE, TRUE, sizeof (GeoCode8));
  g_autoptr(GArray) former_index = g_array_new (FALSE, TRUE, sizeof (GeoKeyIndex));
  g_autoptr(GArray) siren_index = g_array_new (FALSE, TRUE, sizeof (GeoSirenIndex));
  g_autoptr(GArray) name_index = g_array_new (FALSE, TRUE, sizeof (GeoNameIndex));
  g_autoptr(GArray) members = g_array_new (FALSE, TRUE, sizeof (guint32));
  g_autoptr(GArray) epcis = g_array_new (FALSE, TRUE, sizeof (GeoEpci));
  g_autoptr(GArray) deps = g_array_new (FALSE, TRUE, sizeof (GeoDepartement));
  g_autoptr(GArray) regions = g_array_new (FALSE, TRUE, sizeof (GeoRegion));
  g_autoptr(GPtrArray) norm_names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GByteArray) out = NULL;
  GeoHeader header = { { 0, }, };
  guint32 vintage_offset, source_offset;

  if (b->regions->len >= PTCE_GEO_NONE8 || b->departements->len >= PTCE_GEO_NONE8)
    return fail (b, 0, error, _("too many régions or départements"));
  if (b->epcis->len >= PTCE_GEO_NONE16)
    return fail (b, 0, error, _("too many EPCI"));

  g_array_sort (b->regions, cmp_region);
  g_array_sort (b->departements, cmp_dep);
  g_array_sort (b->epcis, cmp_epci);
  g_array_sort (b->communes, cmp_commune);

  for (guint i = 1; i < b->regions->len; i++)
    if (cmp_region (&g_array_index (b->regions, BRegion, i - 1), &g_array_index (b->regions, BRegion, i)) == 0)
      return fail (b, g_array_index (b->regions, BRegion, i).line, error,
                   _("région %s is listed twice"), g_array_index (b->regions, BRegion, i).code);
  for (guint i = 1; i < b->departements->len; i++)
    if (cmp_dep (&g_array_index (b->departements, BDep, i - 1), &g_array_index (b->departements, BDep, i)) == 0)
      return fail (b, g_array_index (b->departements, BDep, i).line, error,
                   _("département %s is listed twice"), g_array_index (b->departements, BDep, i).code);
  for (guint i = 0; i < b->epcis->len; i++)
    {
      BEpci *e = &g_array_index (b->epcis, BEpci, i);

      if (!g_hash_table_insert (epci_index, (gpointer) e->siren, GUINT_TO_POINTER (i + 1)))
        return fail (b, e->line, error, _("EPCI %s is listed twice"), e->siren);
    }
  for (guint i = 0; i < b->departements->len; i++)
    {
      BDep *d = &g_array_index (b->departements, BDep, i);
      gint r = find_region (b, d->region);

      if (r < 0)
        return fail (b, d->line, error, _("département %s is in région “%s”, which the file does not list"),
                     d->code, shown (b, d->region));
      d->region_index = (guint8) r;
    }

  for (guint i = 0; i < b->communes->len; i++)
    {
      BCommune *c = &g_array_index (b->communes, BCommune, i);

      if (i > 0 && cmp_commune (&g_array_index (b->communes, BCommune, i - 1), c) == 0)
        return fail (b, c->line, error, _("commune %s of this kind is listed twice"), c->code);
      if (c->kind == PTCE_COMMUNE_KIND_CURRENT)
        g_hash_table_insert (current, (gpointer) c->code, GUINT_TO_POINTER (i + 1));
    }

  b->pool = g_byte_array_new ();
  b->pool_offsets = g_hash_table_new (g_str_hash, g_str_equal);
  g_byte_array_append (b->pool, (const guint8 *) "", 1);  /* offset 0 is "" */
  vintage_offset = pool_add (b, b->vintage);
  source_offset = pool_add (b, b->source);

  /* Normalised names first: their strings must be in the pool before the
   * name index is sorted on them. */
  for (guint i = 0; i < b->communes->len; i++)
    {
      BCommune *c = &g_array_index (b->communes, BCommune, i);
      char *norm = ptce_reference_normalize_name (c->name);

      if (norm == NULL)
        return fail (b, c->line, error, _("the name of commune %s is not valid UTF-8"), c->code);
      g_ptr_array_add (norm_names, norm);
    }

  for (guint i = 0; i < b->communes->len; i++)
    {
      BCommune *c = &g_array_index (b->communes, BCommune, i);
      GeoCommune rec = { { 0, }, };
      gint dep = find_dep (b, c->departement);
      gint reg = find_region (b, c->region);

      if (dep < 0)
        return fail (b, c->line, error, _("commune %s is in département “%s”, which the file does not list"),
                     c->code, shown (b, c->departement));
      if (reg < 0)
        return fail (b, c->line, error, _("commune %s is in région “%s”, which the file does not list"),
                     c->code, shown (b, c->region));

      copy_code (rec.code, sizeof rec.code, c->code);
      rec.name = GUINT32_TO_LE (pool_add (b, c->name));
      rec.norm_name = GUINT32_TO_LE (pool_add (b, g_ptr_array_index (norm_names, i)));
      rec.siren = GUINT32_TO_LE (c->siren);
      rec.population = GUINT32_TO_LE (c->population);
      rec.kind = c->kind;
      rec.departement = (guint8) dep;
      rec.region = (guint8) reg;
      rec.zone = c->zone;
      rec.epci = GUINT16_TO_LE (PTCE_GEO_NONE16);
      rec.ept = GUINT16_TO_LE (PTCE_GEO_NONE16);
      rec.parent = GUINT32_TO_LE (PTCE_GEO_NONE32);

      if (*c->parent != '\0')
        {
          gpointer p = g_hash_table_lookup (current, c->parent);

          if (p == NULL)
            return fail (b, c->line, error, _("commune %s belongs to “%s”, which is not a current commune of the file"),
                         c->code, shown (b, c->parent));
          rec.parent = GUINT32_TO_LE (GPOINTER_TO_UINT (p) - 1);
        }

      for (guint pass = 0; pass < 2; pass++)
        {
          const char *siren = pass == 0 ? c->epci : c->ept;
          gpointer p;
          BEpci *e;
          guint32 ci = i;

          if (*siren == '\0')
            continue;
          p = g_hash_table_lookup (epci_index, siren);
          if (p == NULL)
            return fail (b, c->line, error, _("commune %s is in EPCI “%s”, which the file does not list"),
                         c->code, shown (b, siren));
          e = &g_array_index (b->epcis, BEpci, GPOINTER_TO_UINT (p) - 1);
          if ((pass == 0) == (e->kind == PTCE_EPCI_KIND_EPT))
            return fail (b, c->line, error,
                         pass == 0 ? _("commune %s: %s is an EPT, not an EPCI")
                                   : _("commune %s: %s is not an EPT"),
                         c->code, siren);
          g_array_append_val (e->members, ci);
          if (pass == 0)
            rec.epci = GUINT16_TO_LE ((guint16) (GPOINTER_TO_UINT (p) - 1));
          else
            rec.ept = GUINT16_TO_LE ((guint16) (GPOINTER_TO_UINT (p) - 1));
        }

      for (guint pass = 0; pass < 2; pass++)
        {
          const char *list = pass == 0 ? c->postal : c->former;
          GArray *flat = pass == 0 ? postal_list : former_list;
          GArray *index = pass == 0 ? postal_index : former_index;
          g_auto(GStrv) items = NULL;
          guint n = 0;

          if (pass == 0)
            rec.postal_first = GUINT32_TO_LE (flat->len);
          else
            rec.former_first = GUINT32_TO_LE (flat->len);
          if (*list != '\0')
            {
              items = g_strsplit (list, ",", -1);
              for (; items[n] != NULL; n++)
                {
                  GeoCode8 code8;
                  GeoKeyIndex key;

                  copy_code (code8.code, sizeof code8.code, items[n]);
                  g_array_append_val (flat, code8);
                  copy_code (key.code, sizeof key.code, items[n]);
                  key.commune = GUINT32_TO_LE (i);
                  g_array_append_val (index, key);
                }
            }
          if (n >= PTCE_GEO_NONE16)
            return fail (b, c->line, error, _("too many codes in one list"));
          if (pass == 0)
            rec.postal_count = GUINT16_TO_LE ((guint16) n);
          else
            rec.former_count = GUINT16_TO_LE ((guint16) n);
        }

      if (c->siren != 0)
        {
          GeoSirenIndex s = { GUINT32_TO_LE (c->siren), GUINT32_TO_LE (i) };
          g_array_append_val (siren_index, s);
        }
      {
        GeoNameIndex n = { rec.norm_name, GUINT32_TO_LE (i) };
        g_array_append_val (name_index, n);
      }
      g_array_append_val (communes, rec);
    }

  for (guint i = 0; i < b->epcis->len; i++)
    {
      BEpci *e = &g_array_index (b->epcis, BEpci, i);
      GeoEpci rec = { { 0, }, };

      copy_code (rec.siren, sizeof rec.siren, e->siren);
      rec.name = GUINT32_TO_LE (pool_add (b, e->name));
      rec.population_total = GUINT32_TO_LE (e->population_total);
      rec.population_municipal = GUINT32_TO_LE (e->population_municipal);
      rec.members_first = GUINT32_TO_LE (members->len);
      rec.members_count = GUINT32_TO_LE (e->members->len);
      rec.kind = e->kind;
      rec.tax = e->tax;
      for (guint m = 0; m < e->members->len; m++)
        {
          guint32 v = GUINT32_TO_LE (g_array_index (e->members, guint32, m));
          g_array_append_val (members, v);
        }
      g_array_append_val (epcis, rec);
    }

  for (guint i = 0; i < b->departements->len; i++)
    {
      BDep *d = &g_array_index (b->departements, BDep, i);
      GeoDepartement rec = { { 0, }, };

      copy_code (rec.code, sizeof rec.code, d->code);
      rec.name = GUINT32_TO_LE (pool_add (b, d->name));
      copy_code (rec.chef_lieu, sizeof rec.chef_lieu, d->chef_lieu);
      rec.region = d->region_index;
      rec.zone = d->zone;
      g_array_append_val (deps, rec);
    }

  for (guint i = 0; i < b->regions->len; i++)
    {
      BRegion *r = &g_array_index (b->regions, BRegion, i);
      GeoRegion rec = { { 0, }, };

      copy_code (rec.code, sizeof rec.code, r->code);
      rec.name = GUINT32_TO_LE (pool_add (b, r->name));
      copy_code (rec.chef_lieu, sizeof rec.chef_lieu, r->chef_lieu);
      rec.zone = r->zone;
      g_array_append_val (regions, rec);
    }

  g_array_sort (postal_index, cmp_key_index);
  g_array_sort (former_index, cmp_key_index);
  g_array_sort (siren_index, cmp_siren_index);
  g_array_sort_with_data (name_index, cmp_name_index, b->pool->data);

  if (b->pool->len >= G_MAXUINT32 / 2)
    return fail (b, 0, error, _("the file is too large"));

  /* Emit: header, then the sections in order, each 4-aligned. */
  out = g_byte_array_new ();
  memcpy (header.magic, PTCE_GEO_MAGIC, sizeof PTCE_GEO_MAGIC);
  header.version = GUINT32_TO_LE (PTCE_GEO_FORMAT_VERSION);
  header.vintage = GUINT32_TO_LE (vintage_offset);
  header.source = GUINT32_TO_LE (source_offset);
  header.n_sections = GUINT32_TO_LE (GEO_N_SECTIONS);
  header.n_current = GUINT32_TO_LE (g_hash_table_size (current));
  g_byte_array_append (out, (const guint8 *) &header, sizeof header);

  {
    struct { GeoSection id; const void *data; guint count; guint size; } sections[] = {
      { GEO_SECTION_STRINGS, b->pool->data, b->pool->len, 1 },
      { GEO_SECTION_COMMUNES, communes->data, communes->len, sizeof (GeoCommune) },
      { GEO_SECTION_EPCIS, epcis->data, epcis->len, sizeof (GeoEpci) },
      { GEO_SECTION_MEMBERS, members->data, members->len, sizeof (guint32) },
      { GEO_SECTION_DEPARTEMENTS, deps->data, deps->len, sizeof (GeoDepartement) },
      { GEO_SECTION_REGIONS, regions->data, regions->len, sizeof (GeoRegion) },
      { GEO_SECTION_POSTAL_LIST, postal_list->data, postal_list->len, sizeof (GeoCode8) },
      { GEO_SECTION_POSTAL_INDEX, postal_index->data, postal_index->len, sizeof (GeoKeyIndex) },
      { GEO_SECTION_FORMER_LIST, former_list->data, former_list->len, sizeof (GeoCode8) },
      { GEO_SECTION_FORMER_INDEX, former_index->data, former_index->len, sizeof (GeoKeyIndex) },
      { GEO_SECTION_SIREN_INDEX, siren_index->data, siren_index->len, sizeof (GeoSirenIndex) },
      { GEO_SECTION_NAME_INDEX, name_index->data, name_index->len, sizeof (GeoNameIndex) },
    };
    GeoHeader *h;

    G_STATIC_ASSERT (G_N_ELEMENTS (sections) == GEO_N_SECTIONS);
    for (guint s = 0; s < G_N_ELEMENTS (sections); s++)
      {
        GeoSectionEntry entry;

        entry.offset = GUINT32_TO_LE (out->len);
        entry.count = GUINT32_TO_LE (sections[s].count);
        entry.record_size = GUINT32_TO_LE (sections[s].size);
        memcpy (out->data + G_STRUCT_OFFSET (GeoHeader, sections) + s * sizeof entry,
                &entry, sizeof entry);
        if (sections[s].count > 0)
          append_padded (out, sections[s].data, (gsize) sections[s].count * sections[s].size);
      }
    h = (GeoHeader *) out->data;
    h->total_size = GUINT32_TO_LE (out->len);
  }

  *out_bytes = g_byte_array_free_to_bytes (g_steal_pointer (&out));
  return TRUE;
}

GBytes *
ptce_geo_builder_compile (const char  *text,
                          gsize        length,
                          const char  *filename,
                          GError     **error)
{
  Builder b = { 0, };
  g_autofree char *copy = NULL;
  GBytes *bytes = NULL;
  gboolean ok;

  g_return_val_if_fail (text != NULL || length == 0, NULL);

  ptce_i18n_init ();

  b.filename = filename != NULL ? filename : "<geography>";
  if (memchr (text, '\0', length) != NULL || !g_utf8_validate (text, (gssize) length, NULL))
    {
      g_set_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_REFERENCE_DATA,
                   _("%s: not UTF-8 text"), b.filename);
      return NULL;
    }
  copy = g_strndup (text, length);
  b.regions = g_array_new (FALSE, TRUE, sizeof (BRegion));
  b.departements = g_array_new (FALSE, TRUE, sizeof (BDep));
  b.epcis = g_array_new (FALSE, TRUE, sizeof (BEpci));
  b.communes = g_array_new (FALSE, TRUE, sizeof (BCommune));

  ok = parse_text (&b, copy, error) && link_and_emit (&b, &bytes, error);
  builder_clear (&b);
  return ok ? bytes : NULL;
}

/* The compiled form of a geography with nothing in it, for
 * ptce_geo_data_get_empty(). */
GBytes *
ptce_geo_builder_compile_empty (void)
{
  Builder b = { 0, };
  g_autoptr(GError) error = NULL;
  GBytes *bytes = NULL;

  b.filename = "<empty>";
  b.vintage = "";
  b.source = "";
  b.regions = g_array_new (FALSE, TRUE, sizeof (BRegion));
  b.departements = g_array_new (FALSE, TRUE, sizeof (BDep));
  b.epcis = g_array_new (FALSE, TRUE, sizeof (BEpci));
  b.communes = g_array_new (FALSE, TRUE, sizeof (BCommune));
  if (!link_and_emit (&b, &bytes, &error))
    g_error ("libptce cannot build an empty geography: %s", error->message);
  builder_clear (&b);
  return bytes;
}
