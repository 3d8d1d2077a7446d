/* ptce-geo-data.c: the compiled geography, read in place
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "ptce-error.h"
#include "ptce-geo-data-private.h"
#include "ptce-i18n-private.h"
#include "ptce-reference-enums.h"

static gboolean
invalid (GError     **error,
         const char  *what)
{
  g_set_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_REFERENCE_DATA,
               _("The compiled geography is damaged: %s"), what);
  return FALSE;
}

/* Terminated, and made of ASCII letters and digits: every code (INSEE
 * code, SIREN, postal code) reaches string properties, hence the bindings,
 * which need UTF-8 (a hostile blob gave "240\xBF00883" as an EPCI's
 * SIREN: tests/data/hostile/geography/regressions/). */
static gboolean
code_terminated (const char *code,
                 gsize       size)
{
  const char *end = memchr (code, '\0', size);

  if (end == NULL)
    return FALSE;
  for (const char *p = code; p < end; p++)
    if (!g_ascii_isalnum (*p))
      return FALSE;
  return TRUE;
}

/* Terminated, and zero after the terminator: keys compare as whole arrays. */
static gboolean
code_padded (const char *code,
             gsize       size)
{
  const char *end = memchr (code, '\0', size);

  if (!code_terminated (code, size))
    return FALSE;
  for (; end < code + size; end++)
    if (*end != '\0')
      return FALSE;
  return TRUE;
}

/* Inside the pool, and not in the middle of a character: with every
 * string of the pool valid UTF-8, what starts there is valid too. */
static gboolean
string_ok (const PtceGeoData *d,
           guint32            offset_le)
{
  guint32 offset = GEO_U32 (offset_le);

  return offset < d->strings_size && (d->strings[offset] & 0xC0) != 0x80;
}

/* O(n) checks of every record: only for data that does not come from the
 * library itself. After them, no index read from the blob can point out of
 * its section and every key is sorted as the binary searches assume. */
static gboolean
validate_records (const PtceGeoData  *d,
                  guint               n_current,
                  GError            **error)
{
  guint counted_current = 0;

  if (d->strings[0] != '\0' || d->strings[d->strings_size - 1] != '\0')
    return invalid (error, "string pool");
  /* Every string of the pool is UTF-8 (names become string properties). */
  for (const char *p = d->strings, *stop; p < d->strings + d->strings_size; p = stop + 1)
    if (!g_utf8_validate (p, -1, &stop))
      return invalid (error, "string pool (UTF-8)");

  for (guint i = 0; i < d->n_regions; i++)
    {
      const GeoRegion *r = &d->regions[i];

      if (!code_terminated (r->code, sizeof r->code) || r->code[0] == '\0' ||
          !code_terminated (r->chef_lieu, sizeof r->chef_lieu) ||
          !string_ok (d, r->name) || r->zone > GEO_ZONE_COM ||
          (i > 0 && strcmp (d->regions[i - 1].code, r->code) >= 0))
        return invalid (error, "régions");
    }
  for (guint i = 0; i < d->n_departements; i++)
    {
      const GeoDepartement *r = &d->departements[i];

      if (!code_terminated (r->code, sizeof r->code) || r->code[0] == '\0' ||
          !code_terminated (r->chef_lieu, sizeof r->chef_lieu) ||
          !string_ok (d, r->name) || r->zone > GEO_ZONE_COM ||
          (r->region != PTCE_GEO_NONE8 && r->region >= d->n_regions) ||
          (i > 0 && strcmp (d->departements[i - 1].code, r->code) >= 0))
        return invalid (error, "départements");
    }
  for (guint i = 0; i < d->n_epcis; i++)
    {
      const GeoEpci *e = &d->epcis[i];
      guint32 first = GEO_U32 (e->members_first), count = GEO_U32 (e->members_count);

      if (!code_terminated (e->siren, sizeof e->siren) || strlen (e->siren) != 9 ||
          !string_ok (d, e->name) || e->kind > PTCE_EPCI_KIND_EPT || e->tax > GEO_TAX_FA ||
          first > d->n_members || count > d->n_members - first ||
          (i > 0 && strcmp (d->epcis[i - 1].siren, e->siren) >= 0))
        return invalid (error, "EPCI");
    }
  for (guint i = 0; i < d->n_members; i++)
    if (GEO_U32 (d->members[i]) >= d->n_communes)
      return invalid (error, "EPCI members");

  for (guint i = 0; i < d->n_communes; i++)
    {
      const GeoCommune *c = &d->communes[i];
      guint16 epci = GEO_U16 (c->epci), ept = GEO_U16 (c->ept);
      guint32 parent = GEO_U32 (c->parent);
      guint32 pf = GEO_U32 (c->postal_first), ff = GEO_U32 (c->former_first);

      if (!code_padded (c->code, sizeof c->code) || c->code[0] == '\0' ||
          !string_ok (d, c->name) || !string_ok (d, c->norm_name) ||
          c->kind > PTCE_COMMUNE_KIND_MUNICIPAL_ARRONDISSEMENT ||
          c->departement >= d->n_departements || c->region >= d->n_regions ||
          c->zone > GEO_ZONE_COM ||
          (epci != PTCE_GEO_NONE16 && (epci >= d->n_epcis || d->epcis[epci].kind == PTCE_EPCI_KIND_EPT)) ||
          (ept != PTCE_GEO_NONE16 && (ept >= d->n_epcis || d->epcis[ept].kind != PTCE_EPCI_KIND_EPT)) ||
          ((c->kind == PTCE_COMMUNE_KIND_CURRENT) != (parent == PTCE_GEO_NONE32)) ||
          (parent != PTCE_GEO_NONE32 &&
           (parent >= d->n_communes || d->communes[parent].kind != PTCE_COMMUNE_KIND_CURRENT)) ||
          pf > d->n_postal_list || GEO_U16 (c->postal_count) > d->n_postal_list - pf ||
          ff > d->n_former_list || GEO_U16 (c->former_count) > d->n_former_list - ff)
        return invalid (error, "communes");
      if (i > 0)
        {
          const GeoCommune *prev = &d->communes[i - 1];
          int cmp = strcmp (prev->code, c->code);

          if (cmp > 0 || (cmp == 0 && prev->kind >= c->kind))
            return invalid (error, "communes (order)");
        }
      if (c->kind == PTCE_COMMUNE_KIND_CURRENT)
        counted_current++;
    }
  if (counted_current != n_current)
    return invalid (error, "communes (count)");

  for (guint i = 0; i < d->n_postal_list; i++)
    if (!code_terminated (d->postal_list[i].code, sizeof d->postal_list[i].code))
      return invalid (error, "postal codes");
  for (guint i = 0; i < d->n_former_list; i++)
    if (!code_terminated (d->former_list[i].code, sizeof d->former_list[i].code))
      return invalid (error, "former codes");

  for (guint pass = 0; pass < 2; pass++)
    {
      const GeoKeyIndex *index = pass == 0 ? d->postal_index : d->former_index;
      guint n = pass == 0 ? d->n_postal_index : d->n_former_index;

      for (guint i = 0; i < n; i++)
        if (!code_terminated (index[i].code, sizeof index[i].code) ||
            GEO_U32 (index[i].commune) >= d->n_communes ||
            (i > 0 && strcmp (index[i - 1].code, index[i].code) > 0))
          return invalid (error, "code index");
    }
  for (guint i = 0; i < d->n_siren_index; i++)
    if (GEO_U32 (d->siren_index[i].commune) >= d->n_communes ||
        (i > 0 && GEO_U32 (d->siren_index[i - 1].siren) > GEO_U32 (d->siren_index[i].siren)))
      return invalid (error, "SIREN index");
  for (guint i = 0; i < d->n_name_index; i++)
    if (!string_ok (d, d->name_index[i].name) ||
        GEO_U32 (d->name_index[i].commune) >= d->n_communes ||
        (i > 0 && strcmp (ptce_geo_data_string (d, d->name_index[i - 1].name),
                          ptce_geo_data_string (d, d->name_index[i].name)) > 0))
      return invalid (error, "name index");

  return TRUE;
}

static PtceGeoData *geo_data_new (GBytes *bytes, gboolean trusted, gboolean empty_ok, GError **error);

PtceGeoData *
ptce_geo_data_new (GBytes    *bytes,
                   gboolean   trusted,
                   GError   **error)
{
  return geo_data_new (bytes, trusted, FALSE, error);
}

/* An empty geography (no commune, no vintage): what a #PtceGeography made
 * by g_object_new() holds, so that every method answers "not found" rather
 * than dereferencing nothing. Built once, never freed. */
PtceGeoData *
ptce_geo_data_get_empty (void)
{
  static PtceGeoData *empty = NULL;

  if (g_once_init_enter (&empty))
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = ptce_geo_builder_compile_empty ();
      PtceGeoData *data = geo_data_new (bytes, FALSE, TRUE, &error);

      if (data == NULL)
        g_error ("libptce cannot build an empty geography: %s", error->message);
      g_once_init_leave (&empty, data);
    }
  return empty;
}

static PtceGeoData *
geo_data_new (GBytes    *bytes,
              gboolean   trusted,
              gboolean   empty_ok,
              GError   **error)
{
  static const guint32 record_sizes[GEO_N_SECTIONS] = {
    [GEO_SECTION_STRINGS] = 1,
    [GEO_SECTION_COMMUNES] = sizeof (GeoCommune),
    [GEO_SECTION_EPCIS] = sizeof (GeoEpci),
    [GEO_SECTION_MEMBERS] = sizeof (guint32),
    [GEO_SECTION_DEPARTEMENTS] = sizeof (GeoDepartement),
    [GEO_SECTION_REGIONS] = sizeof (GeoRegion),
    [GEO_SECTION_POSTAL_LIST] = sizeof (GeoCode8),
    [GEO_SECTION_POSTAL_INDEX] = sizeof (GeoKeyIndex),
    [GEO_SECTION_FORMER_LIST] = sizeof (GeoCode8),
    [GEO_SECTION_FORMER_INDEX] = sizeof (GeoKeyIndex),
    [GEO_SECTION_SIREN_INDEX] = sizeof (GeoSirenIndex),
    [GEO_SECTION_NAME_INDEX] = sizeof (GeoNameIndex),
  };
  g_autoptr(PtceGeoData) d = NULL;
  const guint8 *base;
  const GeoHeader *h;
  gsize size;
  const void *views[GEO_N_SECTIONS];
  guint counts[GEO_N_SECTIONS];

  g_return_val_if_fail (bytes != NULL, NULL);

  ptce_i18n_init ();

  d = g_new0 (PtceGeoData, 1);
  g_atomic_ref_count_init (&d->ref_count);

  base = g_bytes_get_data (bytes, &size);
  if (base != NULL && ((guintptr) base) % 4 != 0)
    {
      /* Records are read as integers: keep them aligned. */
      d->bytes = g_bytes_new (base, size);
      base = g_bytes_get_data (d->bytes, &size);
    }
  else
    d->bytes = g_bytes_ref (bytes);

  if (base == NULL || size < sizeof (GeoHeader))
    {
      invalid (error, "too short");
      return NULL;
    }
  h = (const GeoHeader *) base;
  if (memcmp (h->magic, PTCE_GEO_MAGIC, sizeof PTCE_GEO_MAGIC) != 0)
    {
      invalid (error, "not a compiled geography");
      return NULL;
    }
  if (GEO_U32 (h->version) != PTCE_GEO_FORMAT_VERSION)
    {
      g_set_error (error, PTCE_ERROR, PTCE_ERROR_UNSUPPORTED_VERSION,
                   _("Compiled geography version %u is not supported (%u is)"),
                   GEO_U32 (h->version), PTCE_GEO_FORMAT_VERSION);
      return NULL;
    }
  if (GEO_U32 (h->total_size) != size || GEO_U32 (h->n_sections) != GEO_N_SECTIONS)
    {
      invalid (error, "size");
      return NULL;
    }

  for (guint s = 0; s < GEO_N_SECTIONS; s++)
    {
      guint32 offset = GEO_U32 (h->sections[s].offset);
      guint32 count = GEO_U32 (h->sections[s].count);
      guint32 rsize = GEO_U32 (h->sections[s].record_size);

      if (rsize != record_sizes[s] || offset % 4 != 0 || offset < sizeof (GeoHeader) ||
          offset > size || (guint64) count * rsize > size - offset)
        {
          invalid (error, "section table");
          return NULL;
        }
      views[s] = base + offset;
      counts[s] = count;
    }

  d->strings = views[GEO_SECTION_STRINGS];
  d->strings_size = counts[GEO_SECTION_STRINGS];
  if (d->strings_size == 0 || d->strings[d->strings_size - 1] != '\0')
    {
      invalid (error, "string pool");
      return NULL;
    }
  d->communes = views[GEO_SECTION_COMMUNES];
  d->n_communes = counts[GEO_SECTION_COMMUNES];
  d->epcis = views[GEO_SECTION_EPCIS];
  d->n_epcis = counts[GEO_SECTION_EPCIS];
  d->members = views[GEO_SECTION_MEMBERS];
  d->n_members = counts[GEO_SECTION_MEMBERS];
  d->departements = views[GEO_SECTION_DEPARTEMENTS];
  d->n_departements = counts[GEO_SECTION_DEPARTEMENTS];
  d->regions = views[GEO_SECTION_REGIONS];
  d->n_regions = counts[GEO_SECTION_REGIONS];
  d->postal_list = views[GEO_SECTION_POSTAL_LIST];
  d->n_postal_list = counts[GEO_SECTION_POSTAL_LIST];
  d->postal_index = views[GEO_SECTION_POSTAL_INDEX];
  d->n_postal_index = counts[GEO_SECTION_POSTAL_INDEX];
  d->former_list = views[GEO_SECTION_FORMER_LIST];
  d->n_former_list = counts[GEO_SECTION_FORMER_LIST];
  d->former_index = views[GEO_SECTION_FORMER_INDEX];
  d->n_former_index = counts[GEO_SECTION_FORMER_INDEX];
  d->siren_index = views[GEO_SECTION_SIREN_INDEX];
  d->n_siren_index = counts[GEO_SECTION_SIREN_INDEX];
  d->name_index = views[GEO_SECTION_NAME_INDEX];
  d->n_name_index = counts[GEO_SECTION_NAME_INDEX];
  d->vintage = ptce_geo_data_string (d, h->vintage);
  d->source = ptce_geo_data_string (d, h->source);
  d->n_current = GEO_U32 (h->n_current);

  if ((!empty_ok && (d->n_communes == 0 || d->n_current == 0 || d->vintage[0] == '\0')) ||
      d->n_current > d->n_communes || d->n_epcis >= PTCE_GEO_NONE16 ||
      d->n_departements >= PTCE_GEO_NONE8 || d->n_regions >= PTCE_GEO_NONE8)
    {
      invalid (error, "counts");
      return NULL;
    }

  if (!trusted && !validate_records (d, d->n_current, error))
    return NULL;
  if (!trusted && (!string_ok (d, h->vintage) || !string_ok (d, h->source) ||
                   strnlen (d->vintage, PTCE_GEO_VINTAGE_MAX + 1) > PTCE_GEO_VINTAGE_MAX))
    {
      invalid (error, "header strings");
      return NULL;
    }

  return g_steal_pointer (&d);
}

PtceGeoData *
ptce_geo_data_ref (PtceGeoData *data)
{
  g_atomic_ref_count_inc (&data->ref_count);
  return data;
}

void
ptce_geo_data_unref (PtceGeoData *data)
{
  if (data != NULL && g_atomic_ref_count_dec (&data->ref_count))
    {
      g_bytes_unref (data->bytes);
      g_free (data);
    }
}

/* Eight bytes of a code as a number that orders as memcmp() orders them. */
static inline guint64
code_key (const char *code)
{
  guint64 v;

  memcpy (&v, code, sizeof v);
  return GUINT64_FROM_BE (v);
}

gint
ptce_geo_data_find_commune (const PtceGeoData *data,
                            const char        *code)
{
  char key[sizeof data->communes[0].code] = { 0, };
  guint64 want;
  gsize len;
  guint lo = 0, hi = data->n_communes;

  G_STATIC_ASSERT (sizeof key == sizeof want);
  if (code == NULL || (len = strlen (code)) >= sizeof key || len == 0)
    return -1;
  /* Codes are stored NUL-padded to 8 bytes: compare all 8 at once as a
   * big-endian number, which orders as memcmp() and strcmp() do (one
   * comparison of registers per step, not a call to memcmp()). */
  memcpy (key, code, len);
  want = code_key (key);
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (code_key (data->communes[mid].code) < want)
        lo = mid + 1;
      else
        hi = mid;
    }
  if (lo < data->n_communes && code_key (data->communes[lo].code) == want)
    return (gint) lo;
  return -1;
}

gint
ptce_geo_data_find_epci (const PtceGeoData *data,
                         const char        *siren)
{
  guint lo = 0, hi = data->n_epcis;

  if (siren == NULL || strlen (siren) != 9)
    return -1;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      int c = strcmp (data->epcis[mid].siren, siren);

      if (c == 0)
        return (gint) mid;
      if (c < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  return -1;
}

gint
ptce_geo_data_find_departement (const PtceGeoData *data,
                                const char        *code)
{
  if (code == NULL || strlen (code) >= sizeof data->departements[0].code)
    return -1;
  for (guint lo = 0, hi = data->n_departements; lo < hi;)
    {
      guint mid = lo + (hi - lo) / 2;
      int c = strcmp (data->departements[mid].code, code);

      if (c == 0)
        return (gint) mid;
      if (c < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  return -1;
}

gint
ptce_geo_data_find_region (const PtceGeoData *data,
                           const char        *code)
{
  if (code == NULL || strlen (code) >= sizeof data->regions[0].code)
    return -1;
  for (guint lo = 0, hi = data->n_regions; lo < hi;)
    {
      guint mid = lo + (hi - lo) / 2;
      int c = strcmp (data->regions[mid].code, code);

      if (c == 0)
        return (gint) mid;
      if (c < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  return -1;
}

guint
ptce_geo_data_lower_bound_key (const GeoKeyIndex *index,
                               guint              n,
                               const char        *code)
{
  guint lo = 0, hi = n;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (strncmp (index[mid].code, code, sizeof index[mid].code) < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

gint
ptce_geo_data_current_index (const PtceGeoData *data,
                             const char        *code)
{
  return ptce_geo_data_current_index_full (data, code, NULL);
}

gint
ptce_geo_data_current_index_full (const PtceGeoData *data,
                                  const char        *code,
                                  gboolean          *entry)
{
  gint index = ptce_geo_data_find_commune (data, code);
  guint pos;

  if (entry != NULL)
    *entry = index >= 0;
  if (index >= 0)
    {
      guint32 parent = GEO_U32 (data->communes[index].parent);

      return parent == PTCE_GEO_NONE32 ? index : (gint) parent;
    }
  if (code == NULL || strlen (code) >= sizeof data->former_index[0].code)
    return -1;
  pos = ptce_geo_data_lower_bound_key (data->former_index, data->n_former_index, code);
  if (pos < data->n_former_index && strcmp (data->former_index[pos].code, code) == 0)
    {
      guint32 c = GEO_U32 (data->former_index[pos].commune);
      guint32 parent = GEO_U32 (data->communes[c].parent);

      return parent == PTCE_GEO_NONE32 ? (gint) c : (gint) parent;
    }
  return -1;
}
