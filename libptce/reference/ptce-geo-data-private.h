/* ptce-geo-data-private.h: the compiled geography, read in place
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A vintage of the official geography is compiled (ptce-geo-builder.c) into
 * one little-endian blob of fixed-size records, sorted on their key, and a
 * string pool. Reading it needs no parsing and no allocation: lookups are
 * binary searches over the records, strings are pointers into the pool.
 * The embedded vintage lives in the library's GResource, so loading it is
 * taking a reference on static data (docs/reference-data.md).
 *
 *   header      magic "PTCEGEO\0", version, total size, vintage and source
 *               (string offsets), the table of sections
 *   STRINGS     NUL-terminated UTF-8, the first byte is NUL (offset 0 = "")
 *   COMMUNES    GeoCommune, sorted by (code, kind): current commune first
 *   EPCIS       GeoEpci (EPCI and EPT), sorted by SIREN
 *   MEMBERS     guint32 commune indices, each EPCI's run sorted
 *   DEPARTEMENTS GeoDepartement, sorted by code
 *   REGIONS     GeoRegion, sorted by code
 *   POSTAL_LIST GeoCode8, the postal codes of each commune in turn
 *   POSTAL_INDEX GeoKeyIndex (postal code, commune), sorted
 *   FORMER_LIST GeoCode8, the former codes of each commune in turn
 *   FORMER_INDEX GeoKeyIndex (former code, commune), sorted
 *   SIREN_INDEX GeoSirenIndex (SIREN as a number, commune), sorted
 *   NAME_INDEX  GeoNameIndex (normalised name, commune), sorted by name
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PTCE_GEO_MAGIC "PTCEGEO"   /* 8 bytes with its NUL */
#define PTCE_GEO_FORMAT_VERSION 1
#define PTCE_GEO_NONE32 0xFFFFFFFFu
#define PTCE_GEO_NONE16 0xFFFFu
#define PTCE_GEO_NONE8  0xFFu
/* Messages quote the vintage (“Unknown commune … in 2026”): a file may not
 * make them long. */
#define PTCE_GEO_VINTAGE_MAX 32

typedef enum {
  GEO_SECTION_STRINGS,
  GEO_SECTION_COMMUNES,
  GEO_SECTION_EPCIS,
  GEO_SECTION_MEMBERS,
  GEO_SECTION_DEPARTEMENTS,
  GEO_SECTION_REGIONS,
  GEO_SECTION_POSTAL_LIST,
  GEO_SECTION_POSTAL_INDEX,
  GEO_SECTION_FORMER_LIST,
  GEO_SECTION_FORMER_INDEX,
  GEO_SECTION_SIREN_INDEX,
  GEO_SECTION_NAME_INDEX,
  GEO_N_SECTIONS
} GeoSection;

typedef enum {
  GEO_ZONE_METRO,
  GEO_ZONE_DROM,
  GEO_ZONE_COM,
} GeoZone;

typedef enum {
  GEO_TAX_NONE,
  GEO_TAX_FPU,
  GEO_TAX_FA,
} GeoTax;

/* All integers little-endian; every record a multiple of 4 bytes. */
typedef struct {
  guint32 offset;      /* from the start of the blob, 4-aligned */
  guint32 count;       /* records (bytes for STRINGS) */
  guint32 record_size;
} GeoSectionEntry;

typedef struct {
  char            magic[8];
  guint32         version;
  guint32         total_size;
  guint32         vintage;     /* string offset */
  guint32         source;      /* string offset */
  guint32         n_sections;
  guint32         n_current;   /* current communes */
  GeoSectionEntry sections[GEO_N_SECTIONS];
} GeoHeader;

typedef struct {
  char    code[8];        /* NUL-padded */
  guint32 name;           /* string offset */
  guint32 norm_name;      /* string offset of the normalised name */
  guint32 siren;          /* 0: none */
  guint32 population;     /* 0: none given */
  guint32 parent;         /* commune index, PTCE_GEO_NONE32 for current communes */
  guint32 postal_first;   /* into POSTAL_LIST */
  guint32 former_first;   /* into FORMER_LIST */
  guint16 postal_count;
  guint16 former_count;
  guint16 epci;           /* EPCI index, PTCE_GEO_NONE16 */
  guint16 ept;            /* EPCI index of the EPT, PTCE_GEO_NONE16 */
  guint8  kind;           /* PtceCommuneKind */
  guint8  departement;    /* index, PTCE_GEO_NONE8 */
  guint8  region;         /* index, PTCE_GEO_NONE8 */
  guint8  zone;           /* GeoZone */
} GeoCommune;

typedef struct {
  char    siren[12];      /* 9 digits, NUL-padded */
  guint32 name;
  guint32 population_total;
  guint32 population_municipal;
  guint32 members_first;  /* into MEMBERS */
  guint32 members_count;
  guint8  kind;           /* PtceEpciKind */
  guint8  tax;            /* GeoTax */
  guint8  pad[2];
} GeoEpci;

typedef struct {
  char    code[4];
  guint32 name;
  char    chef_lieu[8];
  guint8  region;         /* index, PTCE_GEO_NONE8 */
  guint8  zone;
  guint8  pad[2];
} GeoDepartement;

typedef struct {
  char    code[4];
  guint32 name;
  char    chef_lieu[8];
  guint8  zone;
  guint8  pad[3];
} GeoRegion;

typedef struct {
  char    code[8];
} GeoCode8;

typedef struct {
  char    code[8];
  guint32 commune;
} GeoKeyIndex;

typedef struct {
  guint32 siren;
  guint32 commune;
} GeoSirenIndex;

typedef struct {
  guint32 name;           /* string offset of the normalised name */
  guint32 commune;
} GeoNameIndex;

G_STATIC_ASSERT (sizeof (GeoHeader) == 32 + 12 * GEO_N_SECTIONS);
G_STATIC_ASSERT (sizeof (GeoCommune) == 48);
G_STATIC_ASSERT (sizeof (GeoEpci) == 36);
G_STATIC_ASSERT (sizeof (GeoDepartement) == 20);
G_STATIC_ASSERT (sizeof (GeoRegion) == 20);
G_STATIC_ASSERT (sizeof (GeoKeyIndex) == 12);

/* ------------------------------------------------------------------ */
/* Reading. A PtceGeoData owns the blob (a GBytes) and typed views of its
 * sections. Multi-byte fields are read through GEO_U32/GEO_U16, which are
 * no-ops on little-endian hosts. */

typedef struct _PtceGeoData PtceGeoData;

struct _PtceGeoData
{
  gatomicrefcount       ref_count;
  GBytes               *bytes;
  const char           *strings;
  gsize                 strings_size;
  const GeoCommune     *communes;
  guint                 n_communes;
  const GeoEpci        *epcis;
  guint                 n_epcis;
  const guint32        *members;
  guint                 n_members;
  const GeoDepartement *departements;
  guint                 n_departements;
  const GeoRegion      *regions;
  guint                 n_regions;
  const GeoCode8       *postal_list;
  guint                 n_postal_list;
  const GeoKeyIndex    *postal_index;
  guint                 n_postal_index;
  const GeoCode8       *former_list;
  guint                 n_former_list;
  const GeoKeyIndex    *former_index;
  guint                 n_former_index;
  const GeoSirenIndex  *siren_index;
  guint                 n_siren_index;
  const GeoNameIndex   *name_index;
  guint                 n_name_index;
  const char           *vintage;
  const char           *source;
  guint                 n_current;
};

#define GEO_U32(x) GUINT32_FROM_LE (x)
#define GEO_U16(x) GUINT16_FROM_LE (x)

/* Takes a blob. With @trusted (the embedded data, checked by the tests)
 * only the header is checked; otherwise every offset, index and sort order
 * is, so that lookups on a hostile file stay in bounds. */
PtceGeoData *ptce_geo_data_new          (GBytes       *bytes,
                                         gboolean      trusted,
                                         GError      **error);
PtceGeoData *ptce_geo_data_ref          (PtceGeoData  *data);
void         ptce_geo_data_unref        (PtceGeoData  *data);

static inline const char *
ptce_geo_data_string (const PtceGeoData *data,
                      guint32            offset_le)
{
  guint32 offset = GEO_U32 (offset_le);

  return offset < data->strings_size ? data->strings + offset : "";
}

/* Index of the first record with @code (the current commune when there
 * is one), or -1. */
gint         ptce_geo_data_find_commune (const PtceGeoData *data,
                                         const char        *code);
gint         ptce_geo_data_find_epci    (const PtceGeoData *data,
                                         const char        *siren);
gint         ptce_geo_data_find_departement (const PtceGeoData *data,
                                         const char        *code);
gint         ptce_geo_data_find_region  (const PtceGeoData *data,
                                         const char        *code);
/* Index of the current commune that @code designates: itself, the
 * commune a delegated commune or arrondissement belongs to, or the commune
 * that a former code now names; -1 if none. */
gint         ptce_geo_data_current_index (const PtceGeoData *data,
                                         const char        *code);
/* The same, and in *@entry whether @code is itself an entry of the
 * communes (what ptce_geo_data_find_commune() finds), from one search. */
gint         ptce_geo_data_current_index_full (const PtceGeoData *data,
                                              const char        *code,
                                              gboolean          *entry);
/* First position in a GeoKeyIndex section whose key is >= @code. */
guint        ptce_geo_data_lower_bound_key (const GeoKeyIndex *index,
                                         guint              n,
                                         const char        *code);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PtceGeoData, ptce_geo_data_unref)

/* ------------------------------------------------------------------ */
/* Building, from the text format of data/geography (docs/reference-data.md). */

GBytes      *ptce_geo_builder_compile   (const char   *text,
                                         gsize         length,
                                         const char   *filename,
                                         GError      **error);

PtceGeoData *ptce_geo_data_get_empty   (void);
GBytes      *ptce_geo_builder_compile_empty (void);

G_END_DECLS
