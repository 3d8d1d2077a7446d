/* bench-gen.c: a deterministic generator of valid ptce/1 datasets
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * What it writes looks like what an observatory holds: actors of the ESS
 * (associations, cooperatives, mutuals, foundations, qualified commercial
 * companies) and their partners (local authorities, research and training
 * bodies, ordinary companies), with SIREN and SIRET numbers whose Luhn
 * check digits are right, RNA numbers for associations, INSEE legal
 * categories and NAF codes that exist, seats and sites in current communes
 * of the embedded geography (official COG codes); poles with a carrier,
 * a territory made of neighbouring communes with their département and
 * région, dated stages, dated memberships, cooperations of 2 to 8 of their
 * members, projects and fundings; and observations of members, jobs and
 * employees over several years. Every value is one the reader accepts. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <libptce/libptce.h>

#include "bench-gen.h"

/* splitmix64: small, good enough, and the same everywhere */
typedef struct { guint64 s; } Rng;

static guint64
rng_next (Rng *r)
{
  guint64 z = (r->s += G_GUINT64_CONSTANT (0x9e3779b97f4a7c15));

  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xbf58476d1ce4e5b9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94d049bb133111eb);
  return z ^ (z >> 31);
}

/* uniform in [0, n) */
static guint
rng_below (Rng  *r,
           guint n)
{
  return (guint) (rng_next (r) % n);
}

/* TRUE with probability percent / 100 */
static gboolean
rng_chance (Rng  *r,
            guint percent)
{
  return rng_below (r, 100) < percent;
}

gboolean
bench_gen_size_from_name (const char   *name,
                          BenchGenSize *size)
{
  static const struct { const char *name; BenchGenSize size; } sizes[] = {
    { "XS", { 20, 300, 500, 1 } },
    { "S", { 200, 3000, 5000, 1 } },
    { "M", { 2000, 30000, 50000, 1 } },
    { "L", { 10000, 200000, 1000000, 1 } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    if (g_ascii_strcasecmp (name, sizes[i].name) == 0)
      {
        *size = sizes[i].size;
        return TRUE;
      }
  return FALSE;
}

/* ---- identifiers -------------------------------------------------------- */

/* The Luhn check digit that makes @digits (without it) valid. */
static char
luhn_digit (const char *digits)
{
  gsize len = strlen (digits);
  guint sum = 0;

  /* from the right, the digit next to the check digit is doubled */
  for (gsize i = 0; i < len; i++)
    {
      guint d = (guint) (digits[len - 1 - i] - '0');

      if (i % 2 == 0)
        {
          d *= 2;
          if (d > 9)
            d -= 9;
        }
      sum += d;
    }
  return (char) ('0' + (10 - sum % 10) % 10);
}

/* A SIREN unique to @index: 8 digits from a bijection of [0, 10^8), then
 * the Luhn digit. */
static void
make_siren (guint index,
            char  out[10])
{
  guint64 body = ((guint64) index * 7919u + 12345678u) % 100000000u;

  g_snprintf (out, 9, "%08" G_GUINT64_FORMAT, body);
  out[8] = luhn_digit (out);
  out[9] = '\0';
}

/* A SIRET of @siren: the establishment number @nic (4 digits) and the Luhn
 * digit over the 14. */
static void
make_siret (const char *siren,
            guint       nic,
            char        out[15])
{
  g_snprintf (out, 14, "%s%04u", siren, nic % 10000);
  out[13] = luhn_digit (out);
  out[14] = '\0';
}

/* ---- what actors are ---------------------------------------------------- */

typedef struct
{
  guint        weight;       /* in percent */
  const char  *kind;
  const char  *ess_family;   /* NULL: not written */
  const char  *ess_basis;
  const char  *legal_category;
  const char  *name;
  const char  *nafs[3];
  gboolean     rna;
  const char  *role;         /* in a pole */
} Profile;

static const Profile profiles[] = {
  { 40, "enterprise", "association", "by-status", "9220", "Association",
    { "94.99Z", "88.99B", "90.01Z" }, TRUE, "member" },
  { 14, "enterprise", "cooperative", "by-status", "5458", "SCOP",
    { "43.21A", "62.01Z", "56.10A" }, FALSE, "member" },
  { 4, "enterprise", "cooperative", "by-status", "5560", "Coopérative",
    { "01.50Z", "47.11F", "35.11Z" }, FALSE, "founding-member" },
  { 4, "enterprise", "mutual", "by-status", "8210", "Mutuelle",
    { "65.12Z", "65.12Z", "86.90F" }, FALSE, "member" },
  { 3, "enterprise", "foundation", "by-status", "9300", "Fondation",
    { "88.99B", "94.99Z", "91.02Z" }, FALSE, "funder" },
  { 10, "enterprise", "commercial-company", "qualified-commercial-company", "5710",
    "Entreprise solidaire", { "38.32Z", "81.21Z", "47.79Z" }, FALSE, "member" },
  { 12, "enterprise", "none", "not-ess", "5499", "SARL",
    { "41.20A", "70.22Z", "46.90Z" }, FALSE, "member" },
  { 7, "local-authority", "none", "not-ess", "7210", "Commune",
    { "84.11Z", "84.11Z", "84.11Z" }, FALSE, "partner" },
  { 3, "research-centre", "none", "not-ess", "7383", "Laboratoire",
    { "72.19Z", "72.20Z", "72.19Z" }, FALSE, "research-partner" },
  { 3, "training-body", NULL, NULL, "9220", "Organisme de formation",
    { "85.59A", "85.59B", "85.59A" }, TRUE, "member" },
};

static const Profile *
pick_profile (Rng *r)
{
  guint x = rng_below (r, 100);

  for (guint i = 0; i < G_N_ELEMENTS (profiles); i++)
    {
      if (x < profiles[i].weight)
        return &profiles[i];
      x -= profiles[i].weight;
    }
  return &profiles[0];
}

static const char * const street_words[] = {
  "des Lilas", "de la Gare", "du Moulin", "Jean Jaurès", "de la République",
  "Victor Hugo", "des Écoles", "du Port", "Pasteur", "de l'Église",
};
static const char * const name_words[] = {
  "Solidaire", "des Possibles", "Terre et Lien", "Coopérative du Lien", "Avenir",
  "Les Communs", "Entraide", "Ressourcerie", "Bâtir Ensemble", "Circuit Court",
  "Tiers-Lieu", "Alimentation", "Mobilité", "Énergie Citoyenne", "Insertion",
};

/* ---- communes ------------------------------------------------------------ */

typedef struct
{
  const char *code;
  const char *departement;
  const char *region;
} Place;

/* The current communes of the embedded geography, in its order. */
static GArray *
current_places (GPtrArray *keep)
{
  PtceGeography *geography = ptce_geography_get_default ();
  g_autoptr(GListModel) communes = ptce_geography_list_communes (geography);
  GArray *places = g_array_new (FALSE, FALSE, sizeof (Place));
  guint n = g_list_model_get_n_items (communes);

  for (guint i = 0; i < n; i++)
    {
      PtceCommune *commune = g_list_model_get_item (communes, i);

      if (ptce_commune_get_kind (commune) == PTCE_COMMUNE_KIND_CURRENT &&
          ptce_commune_get_departement (commune) != NULL &&
          ptce_commune_get_region (commune) != NULL)
        {
          Place place = {
            ptce_commune_get_code (commune),
            ptce_commune_get_departement (commune),
            ptce_commune_get_region (commune),
          };

          g_array_append_val (places, place);
        }
      g_ptr_array_add (keep, commune);  /* the strings are borrowed */
    }
  return places;
}

/* ---- dates --------------------------------------------------------------- */

/* A date in @year, written as a year, a month or a day */
static void
write_date (FILE       *out,
            Rng        *r,
            const char *member,
            guint       year)
{
  guint precision = rng_below (r, 10);

  if (precision < 4)
    fprintf (out, ",\"%s\":\"%u\"", member, year);
  else if (precision < 7)
    fprintf (out, ",\"%s\":\"%u-%02u\"", member, year, 1 + rng_below (r, 12));
  else
    fprintf (out, ",\"%s\":\"%u-%02u-%02u\"", member, year, 1 + rng_below (r, 12),
             1 + rng_below (r, 28));
}

/* ---- the document ---------------------------------------------------------- */

typedef struct
{
  FILE               *out;
  Rng                 r;
  const BenchGenSize *size;
  GArray             *places;
  guint8             *profile_of;   /* actor → index in profiles */
  GArray            **members;      /* pole → actor indices */
  guint              *n_coops;      /* pole → how many cooperations */
  guint              *founded;      /* pole → year */
} Gen;

static const Place *
pick_place (Gen *g)
{
  return &g_array_index (g->places, Place, rng_below (&g->r, g->places->len));
}

static void
write_actor (Gen  *g,
             guint i)
{
  const Profile *p = pick_profile (&g->r);
  const Place *seat = pick_place (g);
  char siren[10], siret[15];

  g->profile_of[i] = (guint8) (p - profiles);
  make_siren (i, siren);
  fprintf (g->out, "%s\n{\"id\":\"act-%06u\",\"name\":\"%s %s %u\",\"kind\":\"%s\"",
           i == 0 ? "" : ",", i, p->name,
           name_words[rng_below (&g->r, G_N_ELEMENTS (name_words))], i, p->kind);
  if (p->ess_family != NULL)
    fprintf (g->out, ",\"ess_family\":\"%s\",\"ess_basis\":\"%s\"", p->ess_family, p->ess_basis);
  fprintf (g->out, ",\"siren\":\"%s\"", siren);
  make_siret (siren, 10 + rng_below (&g->r, 90), siret);
  fprintf (g->out, ",\"siret\":\"%s\"", siret);
  if (p->rna)
    fprintf (g->out, ",\"rna\":\"W%09u\"", 100000000u + (i * 37u) % 900000000u);
  fprintf (g->out, ",\"legal_category\":\"%s\",\"naf\":\"%s\",\"seat_commune\":\"%s\"",
           p->legal_category, p->nafs[rng_below (&g->r, 3)], seat->code);
  if (strcmp (p->ess_basis ? p->ess_basis : "", "qualified-commercial-company") == 0 ||
      rng_chance (&g->r, 5))
    {
      guint year = 2015 + rng_below (&g->r, 8);

      write_date (g->out, &g->r, "esus_start", year);
      if (rng_chance (&g->r, 30))
        write_date (g->out, &g->r, "esus_end", year + 5);
    }
  if (rng_chance (&g->r, 40))
    {
      guint n = 1 + rng_below (&g->r, 2);

      fprintf (g->out, ",\"sites\":[");
      for (guint s = 0; s < n; s++)
        {
          const Place *place = s == 0 ? seat : pick_place (g);

          make_siret (siren, 100 + s * 17 + rng_below (&g->r, 10), siret);
          fprintf (g->out, "%s{\"commune\":\"%s\",\"siret\":\"%s\",\"address\":\"%u rue %s\"%s}",
                   s == 0 ? "" : ",", place->code, siret, 1 + rng_below (&g->r, 120),
                   street_words[rng_below (&g->r, G_N_ELEMENTS (street_words))],
                   s == 0 ? ",\"headquarters\":true" : "");
        }
      fprintf (g->out, "]");
    }
  fprintf (g->out, "}");
}

static const char * const stages[] = { "emergence", "construction", "consolidation", "development" };
static const char * const typologies[] = { "mutualisation", "multi-activity", "sectoral" };
static const char * const origins[] = {
  "entrepreneurial", "citizen", "local-authority", "employment-basin-committee", "other"
};
static const char * const legal_forms[] = {
  "association", "association", "association", "scic", "scop", "sas", "gie", "no-legal-personality"
};
static const char * const modes[] = { "mutualisation", "cooperation", "partenariat" };
static const char * const objects[] = {
  "other", "shared-employment", "employer-group", "shared-premises", "group-purchasing",
  "shared-services", "joint-tender", "joint-offer", "training", "incubation", "financing"
};
static const char * const call_kinds[] = { "state-aap", "state-ami-phase1", "regional", "local" };

/* @n distinct members of @pole, written as a "participants" array */
static void
write_participants (Gen   *g,
                    guint  pole,
                    guint  n)
{
  GArray *members = g->members[pole];
  guint chosen[8];
  guint count = 0;

  n = MIN (n, MIN (members->len, G_N_ELEMENTS (chosen)));
  while (count < n)
    {
      guint actor = g_array_index (members, guint, rng_below (&g->r, members->len));
      gboolean seen = FALSE;

      for (guint k = 0; k < count; k++)
        seen |= chosen[k] == actor;
      if (!seen)
        chosen[count++] = actor;
    }
  fprintf (g->out, ",\"participants\":[");
  for (guint k = 0; k < count; k++)
    fprintf (g->out, "%s\"act-%06u\"", k == 0 ? "" : ",", chosen[k]);
  fprintf (g->out, "]");
}

static void
write_pole (Gen   *g,
            guint  p,
            guint *next_coop)
{
  GArray *members = g->members[p];
  guint founded = 2008 + rng_below (&g->r, 15);
  guint first = rng_below (&g->r, g->places->len);
  guint n_communes = 1 + rng_below (&g->r, 6);
  GPtrArray *deps = g_ptr_array_new ();
  GPtrArray *regions = g_ptr_array_new ();
  guint n_stages = 1 + rng_below (&g->r, 3);
  guint year;

  g->founded[p] = founded;
  fprintf (g->out, "%s\n{\"id\":\"pole-%05u\",\"name\":\"PTCE %s %u\"",
           p == 0 ? "" : ",", p, name_words[rng_below (&g->r, G_N_ELEMENTS (name_words))], p);
  if (rng_chance (&g->r, 50))
    fprintf (g->out, ",\"description\":\"Pôle territorial de coopération économique n° %u, "
             "né d'une démarche %s.\"", p, origins[p % G_N_ELEMENTS (origins)]);
  fprintf (g->out, ",\"founded\":\"%u\"", founded);

  fprintf (g->out, ",\"stages\":[");
  year = founded;
  for (guint s = 0; s < n_stages; s++)
    {
      fprintf (g->out, "%s{\"stage\":\"%s\",\"since\":\"%u\"}", s == 0 ? "" : ",", stages[s], year);
      year += 1 + rng_below (&g->r, 3);
    }
  fprintf (g->out, "],\"typology\":[\"%s\"],\"origin\":\"%s\",\"legal_form\":\"%s\"",
           typologies[rng_below (&g->r, G_N_ELEMENTS (typologies))],
           origins[rng_below (&g->r, G_N_ELEMENTS (origins))],
           legal_forms[rng_below (&g->r, G_N_ELEMENTS (legal_forms))]);
  fprintf (g->out, ",\"carrier\":\"act-%06u\"", g_array_index (members, guint, 0));

  /* neighbouring communes: the geography lists them by code */
  first = MIN (first, g->places->len - n_communes);
  fprintf (g->out, ",\"territory\":{\"name\":\"Territoire du pôle %u\",\"vintage\":\"2026\","
           "\"scale\":\"%s\",\"communes\":[", p, n_communes == 1 ? "commune" : "intercommunal");
  for (guint c = 0; c < n_communes; c++)
    {
      const Place *place = &g_array_index (g->places, Place, first + c);

      fprintf (g->out, "%s\"%s\"", c == 0 ? "" : ",", place->code);
      if (!g_ptr_array_find_with_equal_func (deps, place->departement, g_str_equal, NULL))
        g_ptr_array_add (deps, (gpointer) place->departement);
      if (!g_ptr_array_find_with_equal_func (regions, place->region, g_str_equal, NULL))
        g_ptr_array_add (regions, (gpointer) place->region);
    }
  fprintf (g->out, "],\"departements\":[");
  for (guint d = 0; d < deps->len; d++)
    fprintf (g->out, "%s\"%s\"", d == 0 ? "" : ",", (char *) deps->pdata[d]);
  fprintf (g->out, "],\"regions\":[");
  for (guint d = 0; d < regions->len; d++)
    fprintf (g->out, "%s\"%s\"", d == 0 ? "" : ",", (char *) regions->pdata[d]);
  fprintf (g->out, "]}");
  g_ptr_array_unref (deps);
  g_ptr_array_unref (regions);

  fprintf (g->out, ",\"strategy\":{\"statement\":\"Coopérer sur le territoire pour l'emploi "
           "et les services de proximité.\",\"adopted\":\"%u\",\"objectives\":"
           "[\"emploi local\",\"mutualisation\"],\"sustainable_local_development\":true}",
           founded + 1);

  fprintf (g->out, ",\"memberships\":[");
  for (guint m = 0; m < members->len; m++)
    {
      guint actor = g_array_index (members, guint, m);
      const Profile *profile = &profiles[g->profile_of[actor]];
      guint start = founded + rng_below (&g->r, 6);

      fprintf (g->out, "%s\n{\"actor\":\"act-%06u\",\"roles\":[\"%s\"%s]",
               m == 0 ? "" : ",", actor, m == 0 ? "animator" : profile->role,
               m < 3 && m > 0 ? ",\"founding-member\"" : "");
      write_date (g->out, &g->r, "start", start);
      if (m > 0 && rng_chance (&g->r, 10))
        write_date (g->out, &g->r, "end", start + 1 + rng_below (&g->r, 4));
      fprintf (g->out, "}");
    }
  fprintf (g->out, "]");

  fprintf (g->out, ",\"cooperations\":[");
  for (guint c = 0; c < g->n_coops[p]; c++)
    {
      guint start = founded + rng_below (&g->r, 8);

      fprintf (g->out, "%s\n{\"id\":\"coop-%07u\",\"mode\":\"%s\",\"object\":\"%s\"",
               c == 0 ? "" : ",", (*next_coop)++, modes[rng_below (&g->r, G_N_ELEMENTS (modes))],
               objects[rng_below (&g->r, G_N_ELEMENTS (objects))]);
      write_participants (g, p, 2 + rng_below (&g->r, 7));
      write_date (g->out, &g->r, "start", start);
      if (rng_chance (&g->r, 20))
        write_date (g->out, &g->r, "end", start + 1 + rng_below (&g->r, 5));
      if (rng_chance (&g->r, 10))
        fprintf (g->out, ",\"description\":\"Mutualisation de moyens entre membres.\"");
      fprintf (g->out, "}");
    }
  fprintf (g->out, "]");

  fprintf (g->out, ",\"projects\":[");
  for (guint j = 0, n = rng_below (&g->r, 3); j < n; j++)
    {
      fprintf (g->out, "%s{\"id\":\"proj-%05u-%u\",\"title\":\"Projet %u\",\"innovation\":[\"social\"],"
               "\"sectors\":[\"alimentation\"],\"sustainable_local_development\":true",
               j == 0 ? "" : ",", p, j, j + 1);
      write_date (g->out, &g->r, "start", founded + 2 + j);
      write_participants (g, p, 1 + rng_below (&g->r, 4));
      fprintf (g->out, "}");
    }
  fprintf (g->out, "],\"fundings\":[");
  for (guint j = 0, n = rng_below (&g->r, 3); j < n; j++)
    {
      fprintf (g->out, "%s{\"call\":\"Appel à projets %u\",\"call_kind\":\"%s\","
               "\"funder\":\"État\",\"amount\":%u,\"duration_months\":%u",
               j == 0 ? "" : ",", founded + j, call_kinds[rng_below (&g->r, G_N_ELEMENTS (call_kinds))],
               10000 * (1 + rng_below (&g->r, 20)), 12 * (1 + rng_below (&g->r, 3)));
      write_date (g->out, &g->r, "date", founded + j);
      fprintf (g->out, "}");
    }
  fprintf (g->out, "]}");
}

static void
write_observation (Gen        *g,
                   gboolean   *first,
                   const char *subject_prefix,
                   int         subject_width,
                   guint       subject,
                   const char *indicator,
                   guint       value,
                   const char *unit,
                   guint       year)
{
  fprintf (g->out, "%s\n{\"subject\":\"", *first ? "" : ",");
  fprintf (g->out, "%s-%0*u", subject_prefix, subject_width, subject);
  fprintf (g->out, "\",\"indicator\":\"%s\",\"value\":%u,\"unit\":\"%s\","
           "\"start\":\"%u\",\"end\":\"%u\",\"source\":\"rapport d'activité %u\"}",
           indicator, value, unit, year, year, year);
  *first = FALSE;
}

static gboolean
generate (Gen *g)
{
  const BenchGenSize *size = g->size;
  guint next_coop = 0;
  gboolean first = TRUE;

  /* who is a member of which pole: every actor of one pole, some of two;
   * every pole has at least two members */
  for (guint p = 0; p < size->n_poles; p++)
    g->members[p] = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint a = 0; a < size->n_actors; a++)
    {
      guint p = a < size->n_poles * 2 ? a % size->n_poles : rng_below (&g->r, size->n_poles);

      g_array_append_val (g->members[p], a);
      if (rng_chance (&g->r, 10))
        {
          guint q = rng_below (&g->r, size->n_poles);

          if (q != p)
            g_array_append_val (g->members[q], a);
        }
    }
  for (guint c = 0; c < size->n_cooperations; c++)
    g->n_coops[rng_below (&g->r, size->n_poles)]++;

  fprintf (g->out, "{\"format\":\"ptce/1\",\"title\":\"Jeu de données généré (%u pôles, %u acteurs, "
           "%u coopérations, graine %" G_GUINT64_FORMAT ")\",\"source\":\"libptce bench-gen\","
           "\"date\":\"2026-01-01\",\"cog_vintage\":\"2026\",\"actors\":[",
           size->n_poles, size->n_actors, size->n_cooperations, size->seed);
  for (guint a = 0; a < size->n_actors; a++)
    write_actor (g, a);
  fprintf (g->out, "],\"poles\":[");
  for (guint p = 0; p < size->n_poles; p++)
    write_pole (g, p, &next_coop);
  fprintf (g->out, "],\"observations\":[");
  for (guint p = 0; p < size->n_poles; p++)
    {
      guint members = g->members[p]->len;

      for (guint y = 2022; y <= 2024; y++)
        write_observation (g, &first, "pole", 5, p, "members", members + y - 2022,
                           "organisations", y);
      for (guint y = 2023; y <= 2024; y++)
        write_observation (g, &first, "pole", 5, p, "jobs", 3 * members + rng_below (&g->r, 50),
                           "FTE", y);
    }
  for (guint a = 0; a < size->n_actors; a += 2)
    write_observation (g, &first, "act", 6, a, "employees", rng_below (&g->r, 200),
                       "persons", 2024);
  fprintf (g->out, "]}\n");
  return !ferror (g->out);
}

gboolean
bench_gen_write (FILE               *out,
                 const BenchGenSize *size)
{
  g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func (g_object_unref);
  Gen g = { out, { size->seed }, size, NULL, NULL, NULL, NULL, NULL };
  gboolean ok;

  g_return_val_if_fail (size->n_poles > 0 && size->n_actors >= 2 * size->n_poles, FALSE);

  g.places = current_places (keep);
  g.profile_of = g_new0 (guint8, size->n_actors);
  g.members = g_new0 (GArray *, size->n_poles);
  g.n_coops = g_new0 (guint, size->n_poles);
  g.founded = g_new0 (guint, size->n_poles);

  ok = generate (&g);

  for (guint p = 0; p < size->n_poles; p++)
    g_array_unref (g.members[p]);
  g_free (g.members);
  g_free (g.n_coops);
  g_free (g.founded);
  g_free (g.profile_of);
  g_array_unref (g.places);
  return ok;
}

GBytes *
bench_gen_bytes (const BenchGenSize *size)
{
  char *buffer = NULL;
  size_t length = 0;
  FILE *out = open_memstream (&buffer, &length);
  gboolean ok;

  g_return_val_if_fail (out != NULL, NULL);
  ok = bench_gen_write (out, size);
  if (fclose (out) != 0 || !ok)
    {
      free (buffer);
      return NULL;
    }
  return g_bytes_new_with_free_func (buffer, length, free, buffer);
}
