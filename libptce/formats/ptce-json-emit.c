/* ptce-json-emit.c: model → ptce/1 text, without a tree
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include <math.h>

#include "ptce-enum-types.h"
#include "ptce-error.h"
#include "ptce-json-emit-private.h"
#include "ptce-json-extras-private.h"
#include "ptce-json-reader.h"
#include "ptce-json-rules-private.h"
#include "ptce-model-private.h"

/* The writer's text, straight from the model into one growing buffer.
 *
 * It used to build a json-glib tree of the dataset, check that tree by
 * building a second model from it with the reader's builder, and hand the
 * tree to JsonGenerator: two models' worth of allocations for one text
 * (docs/performance.md, "Save"). Here the model is checked in place by the
 * reader's own rules (ptce-json-rules-private.h, shared with the builder),
 * then written once.
 *
 * The text is byte for byte what JsonGenerator 1.6 wrote of the old tree,
 * repairs included, so that files do not change under their users' diffs:
 *   - compact: no space at all; pretty: one member or item per line,
 *     indented by two spaces a level, "name" : value, an empty array "[]"
 *     and an empty object "{" + the indentation of its level + "}";
 *   - strings: \" \\ \b \t \n \f \r, other bytes below 0x20 and 0x7F as
 *     \u00xx (lowercase), everything else as it is (UTF-8 untouched);
 *   - integers in decimal; doubles as g_ascii_dtostr() (17 significant
 *     digits) with ".0" added when there is neither a point nor an
 *     exponent (json-glib added it after an exponent too, "1e+40.0", which
 *     the writer has always repaired).
 * tests/formats/test-json-writer.c compares both writers byte for byte on
 * every sample, the hostile corpus's valid files and generated datasets. */

/* ---- the buffer ------------------------------------------------------- */

typedef struct
{
  char        *data;
  gsize        len;
  gsize        cap;
  gboolean     pretty;
  guint        depth;   /* arrays and objects open */
  GEnumClass  *enums[11];
  GFlagsClass *flags[4];
} Out;

static void
out_grow (Out   *o,
          gsize  extra)
{
  gsize need = o->len + extra + 1;

  if (G_LIKELY (need <= o->cap))
    return;
  o->cap = MAX (o->cap * 2, need);
  o->data = g_realloc (o->data, o->cap);
}

static inline void
out_put (Out        *o,
         const char *text,
         gsize       n)
{
  out_grow (o, n);
  memcpy (o->data + o->len, text, n);
  o->len += n;
}

#define OUT_LITERAL(o, s) out_put ((o), (s), sizeof (s) - 1)

static inline void
out_c (Out  *o,
       char  c)
{
  out_grow (o, 1);
  o->data[o->len++] = c;
}

/* A new line and the indentation of @level (two spaces each). */
static void
out_indent (Out   *o,
            guint  level)
{
  gsize n = (gsize) level * 2;

  out_grow (o, n + 1);
  memset (o->data + o->len, ' ', n);
  o->len += n;
}

/* 1: the byte is written escaped (see above) */
static const guint8 escaped[256] = {
  0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,   /* " */
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0,   /* \ */
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1,   /* DEL */
};

static void
out_string (Out        *o,
            const char *text)
{
  const guchar *p = (const guchar *) text;
  const guchar *run = p;

  out_c (o, '"');
  for (; *p != '\0'; p++)
    {
      char esc[6];
      const char *e = esc;
      gsize n = 2;

      if (G_LIKELY (!escaped[*p]))
        continue;
      out_put (o, (const char *) run, (gsize) (p - run));
      run = p + 1;
      esc[0] = '\\';
      switch (*p)
        {
        case '"': esc[1] = '"'; break;
        case '\\': esc[1] = '\\'; break;
        case '\b': esc[1] = 'b'; break;
        case '\t': esc[1] = 't'; break;
        case '\n': esc[1] = 'n'; break;
        case '\f': esc[1] = 'f'; break;
        case '\r': esc[1] = 'r'; break;
        default:
          esc[1] = 'u';
          esc[2] = '0';
          esc[3] = '0';
          esc[4] = "0123456789abcdef"[*p >> 4];
          esc[5] = "0123456789abcdef"[*p & 0xF];
          n = 6;
          break;
        }
      out_put (o, e, n);
    }
  out_put (o, (const char *) run, (gsize) (p - run));
  out_c (o, '"');
}

static void
out_int (Out    *o,
         gint64  value)
{
  char digits[24];
  int n = 0;
  guint64 u = value < 0 ? (guint64) 0 - (guint64) value : (guint64) value;

  do
    {
      digits[sizeof digits - 1 - n++] = (char) ('0' + u % 10);
      u /= 10;
    }
  while (u > 0);
  if (value < 0)
    digits[sizeof digits - 1 - n++] = '-';
  out_put (o, digits + sizeof digits - n, (gsize) n);
}

static void
out_double (Out    *o,
            double  value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_dtostr (buf, sizeof buf, value);
  out_put (o, buf, strlen (buf));
  /* json-glib marks a double with ".0" when it has no point; after an
   * exponent that made "1e+40.0", not JSON, which the writer removes */
  if (strchr (buf, '.') == NULL && strchr (buf, 'e') == NULL)
    OUT_LITERAL (o, ".0");
}

/* ---- objects and arrays ------------------------------------------------ */

/* An object being written: how many members so far, and the names of the
 * known ones, which the unknown members kept in the model do not repeat
 * (json_object_has_member() in the tree writer). */
typedef struct
{
  guint       n;
  guint       n_names;
  const char *names[24];
} Obj;

static void
obj_begin (Out *o,
           Obj *obj)
{
  out_c (o, '{');
  o->depth++;
  obj->n = 0;
  obj->n_names = 0;
}

static void
obj_key_text (Out        *o,
              Obj        *obj,
              const char *name)
{
  if (obj->n++ > 0)
    out_c (o, ',');
  if (o->pretty)
    {
      out_c (o, '\n');
      out_indent (o, o->depth);
    }
  out_string (o, name);
  if (o->pretty)
    OUT_LITERAL (o, " : ");
  else
    out_c (o, ':');
}

/* A member the format knows. */
static void
obj_key (Out        *o,
         Obj        *obj,
         const char *name)
{
  obj_key_text (o, obj, name);
  g_assert (obj->n_names < G_N_ELEMENTS (obj->names));
  obj->names[obj->n_names++] = name;
}

static void
obj_end (Out *o,
         Obj *obj)
{
  if (o->pretty)
    {
      if (obj->n > 0)
        out_c (o, '\n');
      out_indent (o, o->depth - 1);
    }
  o->depth--;
  out_c (o, '}');
}

static void
arr_begin (Out   *o,
           guint *n)
{
  out_c (o, '[');
  o->depth++;
  *n = 0;
}

static void
arr_item (Out   *o,
          guint *n)
{
  if ((*n)++ > 0)
    out_c (o, ',');
  if (o->pretty)
    {
      out_c (o, '\n');
      out_indent (o, o->depth);
    }
}

static void
arr_end (Out   *o,
         guint  n)
{
  if (o->pretty && n > 0)
    {
      out_c (o, '\n');
      out_indent (o, o->depth - 1);
    }
  o->depth--;
  out_c (o, ']');
}

/* ---- json-glib nodes (the unknown members) ----------------------------- */

static void out_node (Out *o, JsonNode *node);

static void
out_object (Out        *o,
            JsonObject *object)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *value;
  Obj obj;

  obj_begin (o, &obj);
  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, &value))
    {
      obj_key_text (o, &obj, name);
      out_node (o, value);
    }
  obj_end (o, &obj);
}

static void
out_node (Out      *o,
          JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      out_object (o, json_node_get_object (node));
      break;
    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        guint length = json_array_get_length (array);
        guint n;

        arr_begin (o, &n);
        for (guint i = 0; i < length; i++)
          {
            arr_item (o, &n);
            out_node (o, json_array_get_element (array, i));
          }
        arr_end (o, n);
      }
      break;
    case JSON_NODE_VALUE:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_INT64:
          out_int (o, json_node_get_int (node));
          break;
        case G_TYPE_DOUBLE:
          out_double (o, json_node_get_double (node));
          break;
        case G_TYPE_BOOLEAN:
          if (json_node_get_boolean (node))
            OUT_LITERAL (o, "true");
          else
            OUT_LITERAL (o, "false");
          break;
        case G_TYPE_STRING:
          out_string (o, json_node_get_string (node));
          break;
        default:
          break;  /* as JsonGenerator: json-glib stores no other type */
        }
      break;
    case JSON_NODE_NULL:
      OUT_LITERAL (o, "null");
      break;
    default:
      g_assert_not_reached ();
    }
}

/* The unknown members kept in the model, after the known ones. */
static void
put_extras (Out        *o,
            Obj        *obj,
            JsonObject *extras)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *value;

  if (extras == NULL)
    return;
  json_object_iter_init_ordered (&iter, extras);
  while (json_object_iter_next_ordered (&iter, &name, &value))
    {
      gboolean known = FALSE;

      for (guint i = 0; !known && i < obj->n_names; i++)
        known = strcmp (obj->names[i], name) == 0;
      if (known)
        continue;
      obj_key_text (o, obj, name);
      out_node (o, value);
    }
}

/* ---- the members of the model ------------------------------------------ */

static void
put_string (Out        *o,
            Obj        *obj,
            const char *name,
            const char *value)
{
  if (value == NULL)
    return;
  obj_key (o, obj, name);
  out_string (o, value);
}

static void
put_strv (Out                *o,
          Obj                *obj,
          const char         *name,
          const char * const *values)
{
  guint n;

  if (values == NULL || values[0] == NULL)
    return;
  obj_key (o, obj, name);
  arr_begin (o, &n);
  for (guint i = 0; values[i] != NULL; i++)
    {
      arr_item (o, &n);
      out_string (o, values[i]);
    }
  arr_end (o, n);
}

static void
out_digits (Out   *o,
            int    value,
            guint  width)
{
  char digits[4];

  for (guint i = width; i > 0; i--)
    {
      digits[i - 1] = (char) ('0' + value % 10);
      value /= 10;
    }
  out_put (o, digits, width);
}

static void
put_date (Out        *o,
          Obj        *obj,
          const char *name,
          PtceDate   *date)
{
  int year;

  if (date == NULL)
    return;
  obj_key (o, obj, name);
  year = ptce_date_get_year (date);
  if (year < 1 || year > 9999)
    {
      g_autofree char *iso = ptce_date_to_iso8601 (date);

      out_string (o, iso);
      return;
    }
  out_c (o, '"');
  out_digits (o, year, 4);
  if (ptce_date_get_precision (date) != PTCE_DATE_PRECISION_YEAR)
    {
      out_c (o, '-');
      out_digits (o, ptce_date_get_month (date), 2);
      if (ptce_date_get_precision (date) == PTCE_DATE_PRECISION_DAY)
        {
          out_c (o, '-');
          out_digits (o, ptce_date_get_day (date), 2);
        }
    }
  out_c (o, '"');
}

enum {
  E_ACTOR_KIND, E_ESS_FAMILY, E_ESS_BASIS, E_TERRITORY_SCALE, E_COOPERATION_MODE,
  E_COOPERATION_OBJECT, E_CALL_KIND, E_STAGE, E_POLE_ORIGIN, E_LEGAL_FORM, N_ENUMS
};
enum { F_MEMBERSHIP_ROLE, F_INNOVATION, F_POLE_TYPOLOGY, N_FLAGS };

static void
put_enum (Out        *o,
          Obj        *obj,
          const char *name,
          guint       type,
          int         value,
          gboolean    always)
{
  GEnumValue *v;

  if (value == 0 && !always)
    return;
  v = g_enum_get_value (o->enums[type], value);
  g_return_if_fail (v != NULL);
  obj_key (o, obj, name);
  out_string (o, v->value_nick);
}

static void
put_flags (Out        *o,
           Obj        *obj,
           const char *name,
           guint       type,
           guint       value)
{
  GFlagsClass *klass = o->flags[type];
  guint n;

  if (value == 0)
    return;
  obj_key (o, obj, name);
  arr_begin (o, &n);
  for (guint i = 0; i < klass->n_values; i++)
    if (klass->values[i].value != 0 && (value & klass->values[i].value) == klass->values[i].value)
      {
        arr_item (o, &n);
        out_string (o, klass->values[i].value_nick);
      }
  arr_end (o, n);
}

static void
put_boolean (Out        *o,
             Obj        *obj,
             const char *name,
             gboolean    value)
{
  obj_key (o, obj, name);
  if (value)
    OUT_LITERAL (o, "true");
  else
    OUT_LITERAL (o, "false");
}

static void
put_int (Out        *o,
         Obj        *obj,
         const char *name,
         gint64      value)
{
  obj_key (o, obj, name);
  out_int (o, value);
}

/* Whole numbers are written without a fraction ("48", not "48.0"). */
static void
put_number (Out        *o,
            Obj        *obj,
            const char *name,
            double      value)
{
  obj_key (o, obj, name);
  if (floor (value) == value && fabs (value) < 9.0e15)
    out_int (o, (gint64) value);
  else
    out_double (o, value);
}

typedef void (*EmitFunc) (Out *o, gpointer item);

/* Each item of @list with @emit, as an array; an empty list is left out. */
static void
put_list (Out        *o,
          Obj        *obj,
          const char *name,
          GListModel *list,
          EmitFunc    emit)
{
  guint length = list != NULL ? g_list_model_get_n_items (list) : 0;
  guint n;

  if (length == 0)
    return;
  obj_key (o, obj, name);
  arr_begin (o, &n);
  for (guint i = 0; i < length; i++)
    {
      GObject *item = g_list_model_get_item (list, i);

      arr_item (o, &n);
      emit (o, item);
      g_object_unref (item);
    }
  arr_end (o, n);
}

/* The ids of @length actors, as an array; none is left out. */
static void
put_actor_array (Out               *o,
                 Obj               *obj,
                 const char        *name,
                 PtceActor * const *actors,
                 guint              length)
{
  guint n;

  if (length == 0)
    return;
  obj_key (o, obj, name);
  arr_begin (o, &n);
  for (guint i = 0; i < length; i++)
    {
      arr_item (o, &n);
      out_string (o, ptce_actor_get_id (actors[i]));
    }
  arr_end (o, n);
}

/* An actor as the others name it: its id (an EmitFunc for a list of
 * participants). */
static void
emit_actor_id (Out       *o,
               PtceActor *actor)
{
  out_string (o, ptce_actor_get_id (actor));
}

/* The order of the members is the tree writer's (ptce-json-writer.c),
 * which is the order of docs/format.md. */

static void
emit_site (Out      *o,
           PtceSite *site)
{
  Obj obj;

  obj_begin (o, &obj);
  put_string (o, &obj, "commune", ptce_site_get_commune (site));
  put_string (o, &obj, "siret", ptce_site_get_siret (site));
  put_string (o, &obj, "label", ptce_site_get_label (site));
  put_string (o, &obj, "address", ptce_site_get_address (site));
  if (ptce_site_get_headquarters (site))
    put_boolean (o, &obj, "headquarters", TRUE);
  put_extras (o, &obj, ptce_json_extras_get (G_OBJECT (site)));
  obj_end (o, &obj);
}

static void
emit_composition (Out             *o,
                  PtceComposition *composition)
{
  int n_members = ptce_composition_get_n_members (composition);
  int n_non_ess = ptce_composition_get_n_non_ess_members (composition);
  Obj obj;

  obj_begin (o, &obj);
  put_date (o, &obj, "date", ptce_composition_get_date (composition));
  put_strv (o, &obj, "members", ptce_composition_get_member_ids (composition));
  if (n_members >= 0)
    put_int (o, &obj, "member_count", n_members);
  if (n_non_ess >= 0)
    put_int (o, &obj, "non_ess_member_count", n_non_ess);
  put_extras (o, &obj, ptce_json_extras_get (G_OBJECT (composition)));
  obj_end (o, &obj);
}

/* The members an actor shares with a pole's own legal person. */
static void
put_actor_legal (Out       *o,
                 Obj       *obj,
                 PtceActor *actor)
{
  put_enum (o, obj, "kind", E_ACTOR_KIND, ptce_actor_get_kind (actor), FALSE);
  put_enum (o, obj, "ess_family", E_ESS_FAMILY, ptce_actor_get_ess_family (actor), FALSE);
  put_enum (o, obj, "ess_basis", E_ESS_BASIS, ptce_actor_get_ess_basis (actor), FALSE);
  put_string (o, obj, "siren", ptce_actor_get_siren (actor));
  put_string (o, obj, "siret", ptce_actor_get_siret (actor));
  put_string (o, obj, "rna", ptce_actor_get_rna (actor));
  put_string (o, obj, "legal_category", ptce_actor_get_legal_category (actor));
  put_string (o, obj, "naf", ptce_actor_get_naf (actor));
  put_string (o, obj, "seat_commune", ptce_actor_get_seat_commune (actor));
}

static void
emit_actor (Out       *o,
            PtceActor *actor)
{
  Obj obj;

  obj_begin (o, &obj);
  put_string (o, &obj, "id", ptce_actor_get_id (actor));
  put_string (o, &obj, "name", ptce_actor_get_name (actor));
  put_actor_legal (o, &obj, actor);
  put_date (o, &obj, "esus_start", ptce_actor_get_esus_start (actor));
  put_date (o, &obj, "esus_end", ptce_actor_get_esus_end (actor));
  put_list (o, &obj, "sites", ptce_actor_peek_sites_private (actor), (EmitFunc) emit_site);
  put_list (o, &obj, "composition", ptce_actor_peek_compositions_private (actor),
            (EmitFunc) emit_composition);
  put_extras (o, &obj, ptce_json_extras_get (G_OBJECT (actor)));
  obj_end (o, &obj);
}

static void
emit_territory (Out           *o,
                PtceTerritory *territory)
{
  Obj obj;

  obj_begin (o, &obj);
  put_string (o, &obj, "name", ptce_territory_get_name (territory));
  put_string (o, &obj, "vintage", ptce_territory_get_vintage (territory));
  put_enum (o, &obj, "scale", E_TERRITORY_SCALE, ptce_territory_get_scale (territory), FALSE);
  put_strv (o, &obj, "communes", ptce_territory_get_communes (territory));
  put_strv (o, &obj, "epcis", ptce_territory_get_epcis (territory));
  put_strv (o, &obj, "departements", ptce_territory_get_departements (territory));
  put_strv (o, &obj, "regions", ptce_territory_get_regions (territory));
  put_extras (o, &obj, ptce_json_extras_get (G_OBJECT (territory)));
  obj_end (o, &obj);
}

static void
emit_strategy (Out          *o,
               PtceStrategy *strategy)
{
  Obj obj;

  obj_begin (o, &obj);
  put_string (o, &obj, "statement", ptce_strategy_get_statement (strategy));
  put_date (o, &obj, "adopted", ptce_strategy_get_adopted (strategy));
  put_strv (o, &obj, "objectives", ptce_strategy_get_objectives (strategy));
  if (ptce_strategy_get_sustainable_local_development_stated (strategy))
    put_boolean (o, &obj, "sustainable_local_development",
                 ptce_strategy_get_sustainable_local_development (strategy));
  put_extras (o, &obj, ptce_json_extras_get (G_OBJECT (strategy)));
  obj_end (o, &obj);
}

static void
emit_membership (Out            *o,
                 PtceMembership *membership)
{
  Obj obj;

  obj_begin (o, &obj);
  put_string (o, &obj, "actor", ptce_actor_get_id (ptce_membership_get_actor (membership)));
  put_flags (o, &obj, "roles", F_MEMBERSHIP_ROLE, ptce_membership_get_roles (membership));
  put_date (o, &obj, "start", ptce_membership_get_start (membership));
  put_date (o, &obj, "end", ptce_membership_get_end (membership));
  put_extras (o, &obj, ptce_json_extras_get (G_OBJECT (membership)));
  obj_end (o, &obj);
}

static void
emit_cooperation (Out             *o,
                  PtceCooperation *cooperation)
{
  PtceActor * const *participants;
  guint n_participants;
  Obj obj;

  obj_begin (o, &obj);
  put_string (o, &obj, "id", ptce_cooperation_get_id (cooperation));
  put_enum (o, &obj, "mode", E_COOPERATION_MODE, ptce_cooperation_get_mode (cooperation), TRUE);
  put_enum (o, &obj, "object", E_COOPERATION_OBJECT, ptce_cooperation_get_object (cooperation), FALSE);
  participants = ptce_cooperation_peek_participant_array_private (cooperation, &n_participants);
  put_actor_array (o, &obj, "participants", participants, n_participants);
  put_date (o, &obj, "start", ptce_cooperation_get_start (cooperation));
  put_date (o, &obj, "end", ptce_cooperation_get_end (cooperation));
  put_string (o, &obj, "description", ptce_cooperation_get_description (cooperation));
  put_extras (o, &obj, ptce_json_extras_get (G_OBJECT (cooperation)));
  obj_end (o, &obj);
}

static void
emit_project (Out         *o,
              PtceProject *project)
{
  guint innovation = ptce_project_get_innovation (project);
  Obj obj;

  obj_begin (o, &obj);
  put_string (o, &obj, "id", ptce_project_get_id (project));
  put_string (o, &obj, "title", ptce_project_get_title (project));
  put_flags (o, &obj, "innovation", F_INNOVATION, innovation);
  if (ptce_project_get_innovation_stated (project) && innovation == 0)
    {
      obj_key (o, &obj, "innovation");  /* assessed: none */
      OUT_LITERAL (o, "[]");
    }
  put_strv (o, &obj, "sectors", ptce_project_get_sectors (project));
  put_strv (o, &obj, "objectives", ptce_project_get_objectives (project));
  if (ptce_project_get_sustainable_local_development_stated (project))
    put_boolean (o, &obj, "sustainable_local_development",
                 ptce_project_get_sustainable_local_development (project));
  put_date (o, &obj, "start", ptce_project_get_start (project));
  put_date (o, &obj, "end", ptce_project_get_end (project));
  put_list (o, &obj, "participants", ptce_project_peek_participants_private (project),
            (EmitFunc) emit_actor_id);
  put_extras (o, &obj, ptce_json_extras_get (G_OBJECT (project)));
  obj_end (o, &obj);
}

static void
emit_funding (Out         *o,
              PtceFunding *funding)
{
  double amount = ptce_funding_get_amount (funding);
  guint duration = ptce_funding_get_duration_months (funding);
  Obj obj;

  obj_begin (o, &obj);
  put_string (o, &obj, "call", ptce_funding_get_call (funding));
  put_enum (o, &obj, "call_kind", E_CALL_KIND, ptce_funding_get_call_kind (funding), FALSE);
  put_string (o, &obj, "funder", ptce_funding_get_funder (funding));
  put_date (o, &obj, "date", ptce_funding_get_date (funding));
  if (amount >= 0)
    put_number (o, &obj, "amount", amount);
  if (duration > 0)
    put_int (o, &obj, "duration_months", duration);
  put_strv (o, &obj, "projects", ptce_funding_get_projects (funding));
  put_extras (o, &obj, ptce_json_extras_get (G_OBJECT (funding)));
  obj_end (o, &obj);
}

static void
emit_pole (Out      *o,
           PtcePole *pole)
{
  PtceActor *carrier = ptce_pole_get_carrier (pole);
  PtceActor *legal_person = ptce_pole_get_legal_person (pole);
  PtceTerritory *territory = ptce_pole_get_territory (pole);
  PtceStrategy *strategy = ptce_pole_get_strategy (pole);
  guint n_stages = ptce_pole_get_n_stage_changes (pole);
  Obj obj;

  obj_begin (o, &obj);
  put_string (o, &obj, "id", ptce_pole_get_id (pole));
  put_string (o, &obj, "name", ptce_pole_get_name (pole));
  put_strv (o, &obj, "aliases", ptce_pole_get_aliases (pole));
  put_string (o, &obj, "description", ptce_pole_get_description (pole));
  put_date (o, &obj, "founded", ptce_pole_get_founded (pole));
  put_date (o, &obj, "dissolved", ptce_pole_get_dissolved (pole));
  if (n_stages > 0)
    {
      guint n;

      obj_key (o, &obj, "stages");
      arr_begin (o, &n);
      for (guint i = 0; i < n_stages; i++)
        {
          PtceDate *since = NULL;
          PtceStage stage = ptce_pole_get_stage_change (pole, i, &since);
          Obj entry;

          arr_item (o, &n);
          obj_begin (o, &entry);
          put_enum (o, &entry, "stage", E_STAGE, stage, TRUE);
          put_date (o, &entry, "since", since);
          put_extras (o, &entry, ptce_json_stage_extras_get (pole, since));
          obj_end (o, &entry);
        }
      arr_end (o, n);
    }
  put_flags (o, &obj, "typology", F_POLE_TYPOLOGY, ptce_pole_get_typology (pole));
  put_enum (o, &obj, "origin", E_POLE_ORIGIN, ptce_pole_get_origin (pole), FALSE);
  put_enum (o, &obj, "legal_form", E_LEGAL_FORM, ptce_pole_get_legal_form (pole), FALSE);
  if (carrier != NULL)
    put_string (o, &obj, "carrier", ptce_actor_get_id (carrier));
  if (legal_person != NULL)
    {
      Obj lp;

      obj_key (o, &obj, "legal_person");
      obj_begin (o, &lp);
      put_actor_legal (o, &lp, legal_person);
      put_extras (o, &lp, ptce_json_extras_get (G_OBJECT (legal_person)));
      obj_end (o, &lp);
    }
  if (territory != NULL)
    {
      obj_key (o, &obj, "territory");
      emit_territory (o, territory);
    }
  if (strategy != NULL)
    {
      obj_key (o, &obj, "strategy");
      emit_strategy (o, strategy);
    }
  put_list (o, &obj, "memberships", ptce_pole_get_memberships (pole), (EmitFunc) emit_membership);
  put_list (o, &obj, "cooperations", ptce_pole_get_cooperations (pole), (EmitFunc) emit_cooperation);
  put_list (o, &obj, "projects", ptce_pole_get_projects (pole), (EmitFunc) emit_project);
  put_list (o, &obj, "fundings", ptce_pole_get_fundings (pole), (EmitFunc) emit_funding);
  put_extras (o, &obj, ptce_json_extras_get (G_OBJECT (pole)));
  obj_end (o, &obj);
}

static void
emit_observation (Out             *o,
                  PtceObservation *observation)
{
  Obj obj;

  obj_begin (o, &obj);
  put_string (o, &obj, "subject", ptce_observation_get_subject (observation));
  put_string (o, &obj, "indicator", ptce_observation_get_indicator (observation));
  put_number (o, &obj, "value", ptce_observation_get_value (observation));
  put_string (o, &obj, "unit", ptce_observation_get_unit (observation));
  put_date (o, &obj, "start", ptce_observation_get_start (observation));
  put_date (o, &obj, "end", ptce_observation_get_end (observation));
  put_string (o, &obj, "source", ptce_observation_get_source (observation));
  put_string (o, &obj, "method", ptce_observation_get_method (observation));
  put_extras (o, &obj, ptce_json_extras_get (G_OBJECT (observation)));
  obj_end (o, &obj);
}

static void
out_init (Out      *o,
          gboolean  pretty,
          gsize     size_hint)
{
  const GType enums[N_ENUMS] = {
    PTCE_TYPE_ACTOR_KIND, PTCE_TYPE_ESS_FAMILY, PTCE_TYPE_ESS_BASIS, PTCE_TYPE_TERRITORY_SCALE,
    PTCE_TYPE_COOPERATION_MODE, PTCE_TYPE_COOPERATION_OBJECT, PTCE_TYPE_CALL_KIND, PTCE_TYPE_STAGE,
    PTCE_TYPE_POLE_ORIGIN, PTCE_TYPE_LEGAL_FORM,
  };
  const GType flags[N_FLAGS] = {
    PTCE_TYPE_MEMBERSHIP_ROLE, PTCE_TYPE_INNOVATION, PTCE_TYPE_POLE_TYPOLOGY,
  };

  G_STATIC_ASSERT (N_ENUMS <= G_N_ELEMENTS (((Out *) NULL)->enums));
  G_STATIC_ASSERT (N_FLAGS <= G_N_ELEMENTS (((Out *) NULL)->flags));

  memset (o, 0, sizeof *o);
  o->pretty = pretty;
  o->cap = MAX (size_hint, 4096);
  o->data = g_malloc (o->cap);
  for (guint i = 0; i < N_ENUMS; i++)
    o->enums[i] = g_type_class_ref (enums[i]);
  for (guint i = 0; i < N_FLAGS; i++)
    o->flags[i] = g_type_class_ref (flags[i]);
}

static char *
out_finish (Out   *o,
            gsize *length)
{
  for (guint i = 0; i < N_ENUMS; i++)
    g_type_class_unref (o->enums[i]);
  for (guint i = 0; i < N_FLAGS; i++)
    g_type_class_unref (o->flags[i]);
  o->data[o->len] = '\0';
  *length = o->len;
  return o->data;
}

char *
ptce_json_emit_dataset (PtceDataset *dataset,
                        gboolean     pretty,
                        gsize       *length)
{
  GListModel *actors = ptce_dataset_get_actors (dataset);
  GListModel *poles = ptce_dataset_get_poles (dataset);
  GListModel *observations = ptce_dataset_get_observations (dataset);
  Out o;
  Obj root;

  /* about 150 bytes an actor, 120 an observation, 100 a cooperation: a
   * first guess, the buffer grows by doubling */
  out_init (&o, pretty, 64 * (gsize) (g_list_model_get_n_items (actors) +
                                      g_list_model_get_n_items (observations)) +
                        1024 * (gsize) g_list_model_get_n_items (poles));
  obj_begin (&o, &root);
  obj_key (&o, &root, "format");
  out_string (&o, ptce_json_dataset_uses_1_1 (dataset) ? "ptce/1.1" : "ptce/1");
  put_string (&o, &root, "title", ptce_dataset_get_title (dataset));
  put_string (&o, &root, "source", ptce_dataset_get_source (dataset));
  put_date (&o, &root, "date", ptce_dataset_get_date (dataset));
  put_string (&o, &root, "cog_vintage", ptce_dataset_get_cog_vintage (dataset));
  put_list (&o, &root, "actors", actors, (EmitFunc) emit_actor);
  put_list (&o, &root, "poles", poles, (EmitFunc) emit_pole);
  put_list (&o, &root, "observations", observations, (EmitFunc) emit_observation);
  put_extras (&o, &root, ptce_json_extras_get (G_OBJECT (dataset)));
  obj_end (&o, &root);
  return out_finish (&o, length);
}

char *
ptce_json_emit_node (JsonNode *node,
                     gboolean  pretty,
                     gsize    *length)
{
  Out o;

  out_init (&o, pretty, 4096);
  out_node (&o, node);
  return out_finish (&o, length);
}

/* ---- ptce/1 or ptce/1.1 ------------------------------------------------- */

/* Whether the dataset states a fact only ptce/1.1 can say: the document
 * then declares "ptce/1.1", and a dataset that does not stays "ptce/1",
 * byte for byte what earlier versions wrote. */
static gboolean
project_uses_1_1 (PtceProject *project)
{
  return (ptce_project_get_innovation_stated (project) &&
          ptce_project_get_innovation (project) == PTCE_INNOVATION_NONE) ||
         (ptce_project_get_sustainable_local_development_stated (project) &&
          !ptce_project_get_sustainable_local_development (project));
}

static gboolean
pole_uses_1_1 (PtcePole *pole)
{
  PtceStrategy *strategy = ptce_pole_get_strategy (pole);
  GListModel *projects = ptce_pole_get_projects (pole);
  GListModel *fundings = ptce_pole_get_fundings (pole);
  gboolean uses = FALSE;

  if (ptce_pole_get_legal_person (pole) != NULL)
    return TRUE;
  if (strategy != NULL && ptce_strategy_get_sustainable_local_development_stated (strategy) &&
      !ptce_strategy_get_sustainable_local_development (strategy))
    return TRUE;
  for (guint i = 0; !uses && i < g_list_model_get_n_items (projects); i++)
    {
      PtceProject *project = g_list_model_get_item (projects, i);

      uses = project_uses_1_1 (project);
      g_object_unref (project);
    }
  for (guint i = 0; !uses && i < g_list_model_get_n_items (fundings); i++)
    {
      PtceFunding *funding = g_list_model_get_item (fundings, i);

      uses = ptce_funding_get_projects (funding)[0] != NULL;
      g_object_unref (funding);
    }
  return uses;
}

gboolean
ptce_json_dataset_uses_1_1 (PtceDataset *dataset)
{
  GListModel *actors = ptce_dataset_get_actors (dataset);
  GListModel *poles = ptce_dataset_get_poles (dataset);
  gboolean uses = FALSE;

  for (guint i = 0; !uses && i < g_list_model_get_n_items (actors); i++)
    {
      PtceActor *actor = g_list_model_get_item (actors, i);
      GListModel *compositions = ptce_actor_peek_compositions_private (actor);

      uses = compositions != NULL && g_list_model_get_n_items (compositions) > 0;
      g_object_unref (actor);
    }
  for (guint i = 0; !uses && i < g_list_model_get_n_items (poles); i++)
    {
      PtcePole *pole = g_list_model_get_item (poles, i);

      uses = pole_uses_1_1 (pole);
      g_object_unref (pole);
    }
  return uses;
}

/* ---- the reader's rules, on the model ----------------------------------- */

/* The model already guarantees much of what the reader checks: ids that
 * are not empty and not used twice (ptce_dataset_add_actor(), _add_pole(),
 * ptce_pole_add_cooperation(), _add_project()), participants listed once
 * (a set), one stage change per date, an amount that is finite and not
 * negative, a stage change with its date; ptce_dataset_validate(), which
 * the writer runs first, checks every reference, the indicator and the
 * value of each observation and the counts of each composition. What is
 * left is checked here, in the order the reader reads the document: the
 * UTF-8 of every string, the periods, the dates written, a composition
 * or a funding that names the same actor or project twice, a pole's legal
 * person that is a natural person, and the unknown members (UTF-8 of
 * names and strings, finite numbers, nesting). */

typedef struct
{
  GString  *path;
  gboolean  v1_1;
  guint     max_depth;
  gboolean  names_only;  /* only look for unknown members with known names */
  gboolean *needs_tree;
  GError  **error;
} Check;

/* Fails with @cause at the current path, or at its member @name. */
static gboolean
check_fail (Check      *c,
            const char *name,
            GError     *cause)
{
  if (name != NULL)
    ptce_json_path_append_member (c->path, name);
  ptce_json_error_at (c->error, c->path->str, cause);
  return FALSE;
}

static gboolean
check_string (Check      *c,
              const char *name,
              const char *value)
{
  GError *local = NULL;

  if (value == NULL || c->names_only || ptce_json_rule_utf8_string (value, &local))
    return TRUE;
  return check_fail (c, name, local);
}

static gboolean
check_strv (Check              *c,
            const char         *name,
            const char * const *values)
{
  GError *local = NULL;

  if (c->names_only)
    return TRUE;
  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    if (!ptce_json_rule_utf8_string (values[i], &local))
      {
        ptce_json_path_append_member (c->path, name);
        ptce_json_path_append_index (c->path, i);
        return check_fail (c, NULL, local);
      }
  return TRUE;
}

static gboolean
check_date (Check      *c,
            const char *name,
            PtceDate   *date)
{
  GError *local = NULL;

  if (date == NULL || c->names_only || ptce_json_rule_date_writable (date, &local))
    return TRUE;
  return check_fail (c, name, local);
}

static gboolean
check_period (Check      *c,
              PtceDate   *start,
              PtceDate   *end,
              const char *start_name,
              const char *end_name)
{
  GError *local = NULL;

  if (c->names_only || ptce_json_rule_period (start, end, start_name, end_name, &local))
    return TRUE;
  return check_fail (c, NULL, local);
}

static gboolean
is_known (const char * const *known,
          const char         *name)
{
  for (guint i = 0; known[i] != NULL; i++)
    if (strcmp (known[i], name) == 0)
      return TRUE;
  return FALSE;
}

static gboolean check_node (Check *c, JsonNode *node, guint depth);

/* The members of an object of unknown members, or the unknown members of
 * an object of the format (@known: the names the reader knows there), at
 * nesting level @depth. */
static gboolean
check_members (Check              *c,
               JsonObject         *object,
               guint               depth,
               const char * const *known)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *value;

  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, &value))
    {
      GError *local = NULL;
      gsize mark = c->path->len;

      if (known != NULL && is_known (known, name))
        {
          /* the reader would read it as the member it knows: let it judge */
          *c->needs_tree = TRUE;
          return FALSE;
        }
      if (c->names_only)
        continue;
      if (!ptce_json_rule_utf8_member_name (name, &local))
        return check_fail (c, NULL, local);
      ptce_json_path_append_member (c->path, name);
      if (!check_node (c, value, depth + 1))
        return FALSE;
      g_string_truncate (c->path, mark);
    }
  return TRUE;
}

static gboolean
check_node (Check    *c,
            JsonNode *node,
            guint     depth)
{
  GError *local = NULL;

  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      if (!ptce_json_rule_depth (depth, c->max_depth, &local))
        return check_fail (c, NULL, local);
      return check_members (c, json_node_get_object (node), depth, NULL);
    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        guint n = json_array_get_length (array);

        if (!ptce_json_rule_depth (depth, c->max_depth, &local))
          return check_fail (c, NULL, local);
        for (guint i = 0; i < n; i++)
          {
            gsize mark = c->path->len;

            ptce_json_path_append_index (c->path, i);
            if (!check_node (c, json_array_get_element (array, i), depth + 1))
              return FALSE;
            g_string_truncate (c->path, mark);
          }
        return TRUE;
      }
    case JSON_NODE_VALUE:
      if (json_node_get_value_type (node) == G_TYPE_STRING &&
          !ptce_json_rule_utf8_string (json_node_get_string (node), &local))
        return check_fail (c, NULL, local);
      if (json_node_get_value_type (node) == G_TYPE_DOUBLE &&
          !ptce_json_rule_finite (json_node_get_double (node), &local))
        return check_fail (c, NULL, local);
      return TRUE;
    default:
      return TRUE;
    }
}

/* The unknown members kept on @object, an object of the format at nesting
 * level @depth whose known members are @known. */
static gboolean
check_extras (Check              *c,
              JsonObject         *extras,
              guint               depth,
              const char * const *known)
{
  return extras == NULL || check_members (c, extras, depth, known);
}

typedef gboolean (*CheckFunc) (Check *c, gpointer item, gpointer data);

/* Checks each item of @list, the array member @name, with the path at it. */
static gboolean
check_list (Check      *c,
            const char *name,
            GListModel *list,
            CheckFunc   func,
            gpointer    data)
{
  guint n = list != NULL ? g_list_model_get_n_items (list) : 0;
  gsize mark = c->path->len;

  if (n == 0)
    return TRUE;
  ptce_json_path_append_member (c->path, name);
  for (guint i = 0; i < n; i++)
    {
      gsize item_mark = c->path->len;
      GObject *item = g_list_model_get_item (list, i);
      gboolean ok;

      ptce_json_path_append_index (c->path, i);
      ok = func (c, item, data);
      g_object_unref (item);
      if (!ok)
        return FALSE;
      g_string_truncate (c->path, item_mark);
    }
  g_string_truncate (c->path, mark);
  return TRUE;
}

/* Nesting levels in a document: the root 1, an actor, a pole or an
 * observation 3, what they hold 4 or 5. */

static gboolean
check_site (Check    *c,
            PtceSite *site,
            gpointer  unused)
{
  return check_string (c, "commune", ptce_site_get_commune (site)) &&
         check_string (c, "siret", ptce_site_get_siret (site)) &&
         check_string (c, "label", ptce_site_get_label (site)) &&
         check_string (c, "address", ptce_site_get_address (site)) &&
         check_extras (c, ptce_json_extras_get (G_OBJECT (site)), 5, ptce_json_site_members);
}

static gboolean
check_actor_legal (Check     *c,
                   PtceActor *actor)
{
  return check_string (c, "siren", ptce_actor_get_siren (actor)) &&
         check_string (c, "siret", ptce_actor_get_siret (actor)) &&
         check_string (c, "rna", ptce_actor_get_rna (actor)) &&
         check_string (c, "legal_category", ptce_actor_get_legal_category (actor)) &&
         check_string (c, "naf", ptce_actor_get_naf (actor)) &&
         check_string (c, "seat_commune", ptce_actor_get_seat_commune (actor));
}

static gboolean
check_actor (Check     *c,
             PtceActor *actor,
             gpointer   unused)
{
  PtceDate *esus_start = ptce_actor_get_esus_start (actor);
  PtceDate *esus_end = ptce_actor_get_esus_end (actor);

  return check_string (c, "id", ptce_actor_get_id (actor)) &&
         check_string (c, "name", ptce_actor_get_name (actor)) &&
         check_actor_legal (c, actor) &&
         check_date (c, "esus_start", esus_start) &&
         check_date (c, "esus_end", esus_end) &&
         check_period (c, esus_start, esus_end, "esus_start", "esus_end") &&
         check_list (c, "sites", ptce_actor_peek_sites_private (actor), (CheckFunc) check_site, NULL) &&
         check_extras (c, ptce_json_extras_get (G_OBJECT (actor)), 3,
                       c->v1_1 ? ptce_json_actor_members_1_1 : ptce_json_actor_members);
}

static gboolean
check_composition (Check           *c,
                   PtceComposition *composition,
                   gpointer         unused)
{
  const char * const *ids = ptce_composition_get_member_ids (composition);
  GError *local = NULL;

  if (!check_date (c, "date", ptce_composition_get_date (composition)) ||
      !check_strv (c, "members", ids))
    return FALSE;
  for (guint i = 0; !c->names_only && ids != NULL && ids[i] != NULL; i++)
    if (!ptce_json_rule_listed_once (ids, i, PTCE_JSON_LISTED_ACTOR, &local))
      {
        ptce_json_path_append_member (c->path, "members");
        ptce_json_path_append_index (c->path, i);
        return check_fail (c, NULL, local);
      }
  return check_extras (c, ptce_json_extras_get (G_OBJECT (composition)), 5,
                       ptce_json_composition_members);
}

/* ptce/1.1: the reader's second walk over the actors. */
static gboolean
check_actor_compositions (Check     *c,
                          PtceActor *actor,
                          gpointer   unused)
{
  return check_list (c, "composition", ptce_actor_peek_compositions_private (actor),
                     (CheckFunc) check_composition, NULL);
}

static gboolean
check_territory (Check         *c,
                 PtceTerritory *territory)
{
  return check_string (c, "name", ptce_territory_get_name (territory)) &&
         check_string (c, "vintage", ptce_territory_get_vintage (territory)) &&
         check_strv (c, "communes", ptce_territory_get_communes (territory)) &&
         check_strv (c, "epcis", ptce_territory_get_epcis (territory)) &&
         check_strv (c, "departements", ptce_territory_get_departements (territory)) &&
         check_strv (c, "regions", ptce_territory_get_regions (territory)) &&
         check_extras (c, ptce_json_extras_get (G_OBJECT (territory)), 4,
                       ptce_json_territory_members);
}

static gboolean
check_strategy (Check        *c,
                PtceStrategy *strategy)
{
  return check_string (c, "statement", ptce_strategy_get_statement (strategy)) &&
         check_date (c, "adopted", ptce_strategy_get_adopted (strategy)) &&
         check_strv (c, "objectives", ptce_strategy_get_objectives (strategy)) &&
         check_extras (c, ptce_json_extras_get (G_OBJECT (strategy)), 4,
                       ptce_json_strategy_members);
}

static gboolean
check_legal_person (Check     *c,
                    PtceActor *actor)
{
  GError *local = NULL;

  if (!check_actor_legal (c, actor))
    return FALSE;
  if (!c->names_only && !ptce_json_rule_legal_person_kind (ptce_actor_get_kind (actor), &local))
    return check_fail (c, "kind", local);
  return check_extras (c, ptce_json_extras_get (G_OBJECT (actor)), 4,
                       ptce_json_legal_person_members);
}

static gboolean
check_membership (Check          *c,
                  PtceMembership *membership,
                  gpointer        unused)
{
  PtceDate *start = ptce_membership_get_start (membership);
  PtceDate *end = ptce_membership_get_end (membership);

  return check_date (c, "start", start) &&
         check_date (c, "end", end) &&
         check_period (c, start, end, "start", "end") &&
         check_extras (c, ptce_json_extras_get (G_OBJECT (membership)), 5,
                       ptce_json_membership_members);
}

static gboolean
check_cooperation (Check           *c,
                   PtceCooperation *cooperation,
                   gpointer         unused)
{
  PtceDate *start = ptce_cooperation_get_start (cooperation);
  PtceDate *end = ptce_cooperation_get_end (cooperation);

  return check_string (c, "id", ptce_cooperation_get_id (cooperation)) &&
         check_date (c, "start", start) &&
         check_date (c, "end", end) &&
         check_period (c, start, end, "start", "end") &&
         check_string (c, "description", ptce_cooperation_get_description (cooperation)) &&
         check_extras (c, ptce_json_extras_get (G_OBJECT (cooperation)), 5,
                       ptce_json_cooperation_members);
}

static gboolean
check_project (Check       *c,
               PtceProject *project,
               gpointer     unused)
{
  PtceDate *start = ptce_project_get_start (project);
  PtceDate *end = ptce_project_get_end (project);

  return check_string (c, "id", ptce_project_get_id (project)) &&
         check_string (c, "title", ptce_project_get_title (project)) &&
         check_strv (c, "sectors", ptce_project_get_sectors (project)) &&
         check_strv (c, "objectives", ptce_project_get_objectives (project)) &&
         check_date (c, "start", start) &&
         check_date (c, "end", end) &&
         check_period (c, start, end, "start", "end") &&
         check_extras (c, ptce_json_extras_get (G_OBJECT (project)), 5,
                       ptce_json_project_members);
}

static gboolean
check_funding (Check       *c,
               PtceFunding *funding,
               gpointer     unused)
{
  GError *local = NULL;

  if (!check_string (c, "call", ptce_funding_get_call (funding)) ||
      !check_string (c, "funder", ptce_funding_get_funder (funding)) ||
      !check_date (c, "date", ptce_funding_get_date (funding)))
    return FALSE;
  if (c->v1_1)
    {
      const char * const *ids = ptce_funding_get_projects (funding);

      if (!check_strv (c, "projects", ids))
        return FALSE;
      for (guint i = 0; !c->names_only && ids[i] != NULL; i++)
        if (!ptce_json_rule_listed_once (ids, i, PTCE_JSON_LISTED_PROJECT, &local))
          {
            ptce_json_path_append_member (c->path, "projects");
            ptce_json_path_append_index (c->path, i);
            return check_fail (c, NULL, local);
          }
    }
  return check_extras (c, ptce_json_extras_get (G_OBJECT (funding)), 5,
                       c->v1_1 ? ptce_json_funding_members_1_1 : ptce_json_funding_members);
}

static gboolean
check_stages (Check    *c,
              PtcePole *pole)
{
  guint n = ptce_pole_get_n_stage_changes (pole);
  gsize mark = c->path->len;

  if (n == 0)
    return TRUE;
  ptce_json_path_append_member (c->path, "stages");
  for (guint i = 0; i < n; i++)
    {
      gsize item_mark = c->path->len;
      PtceDate *since = NULL;

      ptce_pole_get_stage_change (pole, i, &since);
      ptce_json_path_append_index (c->path, i);
      if (!check_date (c, "since", since) ||
          !check_extras (c, ptce_json_stage_extras_get (pole, since), 5, ptce_json_stage_members))
        return FALSE;
      g_string_truncate (c->path, item_mark);
    }
  g_string_truncate (c->path, mark);
  return TRUE;
}

/* Checks the object member @name of the current object with @func. */
static gboolean
check_at (Check      *c,
          const char *name,
          gpointer    object,
          gboolean  (*func) (Check *c, gpointer object))
{
  gsize mark = c->path->len;

  if (object == NULL)
    return TRUE;
  ptce_json_path_append_member (c->path, name);
  if (!func (c, object))
    return FALSE;
  g_string_truncate (c->path, mark);
  return TRUE;
}

static gboolean
check_pole (Check    *c,
            PtcePole *pole,
            gpointer  unused)
{
  PtceDate *founded = ptce_pole_get_founded (pole);
  PtceDate *dissolved = ptce_pole_get_dissolved (pole);

  return check_string (c, "id", ptce_pole_get_id (pole)) &&
         check_string (c, "name", ptce_pole_get_name (pole)) &&
         check_strv (c, "aliases", ptce_pole_get_aliases (pole)) &&
         check_string (c, "description", ptce_pole_get_description (pole)) &&
         check_date (c, "founded", founded) &&
         check_date (c, "dissolved", dissolved) &&
         check_period (c, founded, dissolved, "founded", "dissolved") &&
         (!c->v1_1 ||
          check_at (c, "legal_person", ptce_pole_get_legal_person (pole),
                    (gboolean (*) (Check *, gpointer)) check_legal_person)) &&
         check_at (c, "territory", ptce_pole_get_territory (pole),
                   (gboolean (*) (Check *, gpointer)) check_territory) &&
         check_at (c, "strategy", ptce_pole_get_strategy (pole),
                   (gboolean (*) (Check *, gpointer)) check_strategy) &&
         check_stages (c, pole) &&
         check_list (c, "memberships", ptce_pole_get_memberships (pole),
                     (CheckFunc) check_membership, NULL) &&
         check_list (c, "cooperations", ptce_pole_get_cooperations (pole),
                     (CheckFunc) check_cooperation, NULL) &&
         check_list (c, "projects", ptce_pole_get_projects (pole),
                     (CheckFunc) check_project, NULL) &&
         check_list (c, "fundings", ptce_pole_get_fundings (pole),
                     (CheckFunc) check_funding, NULL) &&
         check_extras (c, ptce_json_extras_get (G_OBJECT (pole)), 3,
                       c->v1_1 ? ptce_json_pole_members_1_1 : ptce_json_pole_members);
}

static gboolean
check_observation (Check           *c,
                   PtceObservation *observation,
                   gpointer         unused)
{
  PtceDate *start = ptce_observation_get_start (observation);
  PtceDate *end = ptce_observation_get_end (observation);

  return check_string (c, "indicator", ptce_observation_get_indicator (observation)) &&
         check_string (c, "unit", ptce_observation_get_unit (observation)) &&
         check_date (c, "start", start) &&
         check_date (c, "end", end) &&
         check_period (c, start, end, "start", "end") &&
         check_string (c, "source", ptce_observation_get_source (observation)) &&
         check_string (c, "method", ptce_observation_get_method (observation)) &&
         check_extras (c, ptce_json_extras_get (G_OBJECT (observation)), 3,
                       ptce_json_observation_members);
}

static gboolean
check_dataset (Check       *c,
               PtceDataset *dataset)
{
  GListModel *actors = ptce_dataset_get_actors (dataset);

  return check_string (c, "title", ptce_dataset_get_title (dataset)) &&
         check_string (c, "source", ptce_dataset_get_source (dataset)) &&
         check_date (c, "date", ptce_dataset_get_date (dataset)) &&
         check_string (c, "cog_vintage", ptce_dataset_get_cog_vintage (dataset)) &&
         check_list (c, "actors", actors, (CheckFunc) check_actor, NULL) &&
         (!c->v1_1 ||
          check_list (c, "actors", actors, (CheckFunc) check_actor_compositions, NULL)) &&
         check_list (c, "poles", ptce_dataset_get_poles (dataset), (CheckFunc) check_pole, NULL) &&
         check_list (c, "observations", ptce_dataset_get_observations (dataset),
                     (CheckFunc) check_observation, NULL) &&
         check_extras (c, ptce_json_extras_get (G_OBJECT (dataset)), 1,
                       ptce_json_dataset_members);
}

gboolean
ptce_json_check_dataset (PtceDataset  *dataset,
                         gboolean     *needs_tree,
                         GError      **error)
{
  g_autoptr(GError) local = NULL;
  Check c = { 0 };
  gboolean ok;

  *needs_tree = FALSE;
  c.path = g_string_new ("$");
  c.v1_1 = ptce_json_dataset_uses_1_1 (dataset);
  c.max_depth = PTCE_JSON_READER_MAX_DEPTH_LIMIT;
  c.needs_tree = needs_tree;
  c.error = &local;
  ok = check_dataset (&c, dataset);
  if (!ok && !*needs_tree)
    {
      /* the reader reads a member where the document has it: an unknown
       * member with a known name, further on in the model, may come first
       * in the reader's walk (one of the root, read before "actors"). Only
       * when there is none is the first problem found the reader's. */
      c.names_only = TRUE;
      check_dataset (&c, dataset);
    }
  g_string_free (c.path, TRUE);
  if (!ok && !*needs_tree)
    g_propagate_error (error, g_steal_pointer (&local));
  return ok;
}
