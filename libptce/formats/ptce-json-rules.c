/* ptce-json-rules.c: the reader's content rules, stated once
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "ptce-error.h"
#include "ptce-i18n-private.h"
#include "ptce-json-rules-private.h"

/* See ptce-json-rules-private.h. The builder applies these to what it
 * reads, the writer to the model it is about to write; neither states a
 * rule of its own, so that the writer refuses exactly what the reader
 * would refuse, with the reader's error. */

gboolean
ptce_json_rule_utf8_string (const char  *value,
                            GError     **error)
{
  if (g_utf8_validate (value, -1, NULL))
    return TRUE;
  g_set_error_literal (error, PTCE_ERROR, PTCE_ERROR_INVALID_FORMAT,
                       _("the string is not valid UTF-8"));
  return FALSE;
}

gboolean
ptce_json_rule_utf8_member_name (const char  *name,
                                 GError     **error)
{
  if (g_utf8_validate (name, -1, NULL))
    return TRUE;
  g_set_error_literal (error, PTCE_ERROR, PTCE_ERROR_INVALID_FORMAT,
                       _("a member name is not valid UTF-8"));
  return FALSE;
}

gboolean
ptce_json_rule_finite (double   value,
                       GError **error)
{
  if (isfinite (value))
    return TRUE;
  g_set_error_literal (error, PTCE_ERROR, PTCE_ERROR_INVALID_FORMAT,
                       _("the number is out of range (it is not a finite double)"));
  return FALSE;
}

gboolean
ptce_json_rule_depth (guint    depth,
                      guint    max_depth,
                      GError **error)
{
  if (depth <= max_depth)
    return TRUE;
  g_set_error (error, PTCE_ERROR, PTCE_ERROR_LIMIT_EXCEEDED,
               _("arrays and objects are nested deeper than the limit of %u levels"),
               max_depth);
  return FALSE;
}

gboolean
ptce_json_rule_period (const PtceDate  *start,
                       const PtceDate  *end,
                       const char      *start_name,
                       const char      *end_name,
                       GError         **error)
{
  g_autofree char *s = NULL;
  g_autofree char *e = NULL;

  if (ptce_period_is_valid (start, end))
    return TRUE;
  s = ptce_date_to_iso8601 (start);
  e = ptce_date_to_iso8601 (end);
  /* TRANSLATORS: "“end” (2010) is before “start” (2014)" */
  g_set_error (error, PTCE_ERROR, PTCE_ERROR_INVALID_DATE, _("“%s” (%s) is before “%s” (%s)"),
               end_name, e, start_name, s);
  return FALSE;
}

gboolean
ptce_json_rule_date_writable (const PtceDate  *date,
                              GError         **error)
{
  int year = ptce_date_get_year (date);
  g_autofree char *iso = NULL;
  PtceDate *again;

  /* the common case: four digits, which the reader reads back (a date of
   * the model is a real one); a date made from a Julian day can lie
   * beyond year 9999, and then the reader's own parse gives its error */
  if (year >= 1 && year <= 9999)
    return TRUE;
  iso = ptce_date_to_iso8601 (date);
  again = ptce_date_new_from_iso8601 (iso, error);
  if (again == NULL)
    return FALSE;
  ptce_date_unref (again);
  return TRUE;
}

gboolean
ptce_json_rule_legal_person_kind (PtceActorKind   kind,
                                  GError        **error)
{
  if (kind != PTCE_ACTOR_KIND_NATURAL_PERSON)
    return TRUE;
  g_set_error_literal (error, PTCE_ERROR, PTCE_ERROR_INVALID_FORMAT,
                       _("a pole's own legal person cannot be a natural person"));
  return FALSE;
}

gboolean
ptce_json_rule_listed_once (const char * const  *ids,
                            guint                i,
                            PtceJsonListed       what,
                            GError             **error)
{
  g_autofree char *quoted = NULL;

  for (guint j = 0; j < i; j++)
    if (strcmp (ids[i], ids[j]) == 0)
      {
        quoted = ptce_json_shown (ids[i]);
        if (what == PTCE_JSON_LISTED_ACTOR)
          g_set_error (error, PTCE_ERROR, PTCE_ERROR_DUPLICATE_ID,
                       _("the actor %s is listed twice"), quoted);
        else
          g_set_error (error, PTCE_ERROR, PTCE_ERROR_DUPLICATE_ID,
                       _("the project %s is listed twice"), quoted);
        return FALSE;
      }
  return TRUE;
}

char *
ptce_json_shown (const char *text)
{
  gsize len = strlen (text);
  const char *cut = text + MIN (len, 40);
  g_autofree char *inner = NULL;

  while (cut > text && (*cut & 0xC0) == 0x80)
    cut--;
  inner = g_strdup_printf ("%.*s%s", (int) (cut - text), text, len > (gsize) (cut - text) ? "…" : "");
  /* TRANSLATORS: quotes around a piece of the input */
  return g_strdup_printf (_("“%s”"), inner);
}

void
ptce_json_path_append_member (GString    *path,
                              const char *name)
{
  gboolean plain = g_ascii_isalpha (name[0]) || name[0] == '_';

  for (const char *p = name; plain && *p != '\0'; p++)
    plain = g_ascii_isalnum (*p) || *p == '_';

  if (plain)
    {
      /* the common case, on every member read: no printf */
      g_string_append_c (path, '.');
      g_string_append (path, name);
    }
  else
    {
      /* escape quotes, backslashes and controls, keep other characters */
      char non_ascii[129];
      g_autofree char *escaped = NULL;

      for (int i = 0; i < 128; i++)
        non_ascii[i] = (char) (0x80 + i);
      non_ascii[128] = '\0';
      escaped = g_strescape (name, non_ascii);

      g_string_append_printf (path, "[\"%s\"]", escaped);
    }
}

void
ptce_json_path_append_index (GString *path,
                             guint    index)
{
  char digits[16];
  int n = 0;

  do
    {
      digits[n++] = (char) ('0' + index % 10);
      index /= 10;
    }
  while (index > 0);
  g_string_append_c (path, '[');
  while (n > 0)
    g_string_append_c (path, digits[--n]);
  g_string_append_c (path, ']');
}

void
ptce_json_error_at (GError     **error,
                    const char  *path,
                    GError      *cause)
{
  g_set_error (error, cause->domain, cause->code, C_("JSON path: error", "%s: %s"), path,
               cause->message);
  g_error_free (cause);
}

/* ---- the members the reader knows ------------------------------------ */

const char * const ptce_json_site_members[] = {
  "commune", "siret", "label", "address", "headquarters", NULL
};

const char * const ptce_json_actor_members[] = {
  "id", "name", "kind", "ess_family", "ess_basis", "siren", "siret", "rna",
  "legal_category", "naf", "seat_commune", "esus_start", "esus_end", "sites", NULL
};

const char * const ptce_json_actor_members_1_1[] = {
  "id", "name", "kind", "ess_family", "ess_basis", "siren", "siret", "rna",
  "legal_category", "naf", "seat_commune", "esus_start", "esus_end", "sites", "composition",
  NULL
};

const char * const ptce_json_composition_members[] = {
  "date", "members", "member_count", "non_ess_member_count", NULL
};

const char * const ptce_json_stage_members[] = { "stage", "since", NULL };

const char * const ptce_json_territory_members[] = {
  "name", "vintage", "scale", "communes", "epcis", "departements", "regions", NULL
};

const char * const ptce_json_strategy_members[] = {
  "statement", "adopted", "objectives", "sustainable_local_development", NULL
};

const char * const ptce_json_membership_members[] = { "actor", "roles", "start", "end", NULL };

const char * const ptce_json_cooperation_members[] = {
  "id", "mode", "object", "participants", "start", "end", "description", NULL
};

const char * const ptce_json_project_members[] = {
  "id", "title", "innovation", "sectors", "objectives", "sustainable_local_development",
  "start", "end", "participants", NULL
};

const char * const ptce_json_funding_members[] = {
  "call", "call_kind", "funder", "date", "amount", "duration_months", NULL
};

const char * const ptce_json_funding_members_1_1[] = {
  "call", "call_kind", "funder", "date", "amount", "duration_months", "projects", NULL
};

const char * const ptce_json_pole_members[] = {
  "id", "name", "aliases", "description", "founded", "dissolved", "stages", "typology",
  "origin", "legal_form", "carrier", "territory", "strategy", "memberships",
  "cooperations", "projects", "fundings", NULL
};

const char * const ptce_json_pole_members_1_1[] = {
  "id", "name", "aliases", "description", "founded", "dissolved", "stages", "typology",
  "origin", "legal_form", "carrier", "legal_person", "territory", "strategy", "memberships",
  "cooperations", "projects", "fundings", NULL
};

const char * const ptce_json_legal_person_members[] = {
  "kind", "ess_family", "ess_basis", "siren", "siret", "rna", "legal_category", "naf",
  "seat_commune", NULL
};

const char * const ptce_json_observation_members[] = {
  "subject", "indicator", "value", "unit", "start", "end", "source", "method", NULL
};

const char * const ptce_json_dataset_members[] = {
  "format", "title", "source", "date", "cog_vintage", "actors", "poles", "observations", NULL
};
