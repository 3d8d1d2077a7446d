/* ptce-site.c
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "ptce-site.h"
#include "ptce-util-private.h"

/**
 * SECTION:ptce-site
 * @Title: PtceSite
 * @Short_description: a place where an actor works
 *
 * A #PtceSite is an establishment or place of an actor: the commune it is
 * in (its official geographic code), its SIRET when it is a registered
 * establishment, a postal address and a label. Sites are how the
 * territorial anchoring of a pole's members is measured.
 */

/**
 * PtceSite:
 *
 * A place where an actor works. Its fields are private: use the accessors and properties.
 *
 * Since: 1.0
 */

/**
 * PTCE_TYPE_SITE:
 *
 * The #GType of #PtceSite.
 *
 * Since: 1.0
 */

struct _PtceSite
{
  GObject   parent_instance;

  char     *commune;
  char     *siret;
  char     *label;
  char     *address;
  gboolean  headquarters;
};

G_DEFINE_FINAL_TYPE (PtceSite, ptce_site, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_COMMUNE,
  PROP_SIRET,
  PROP_LABEL,
  PROP_ADDRESS,
  PROP_HEADQUARTERS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ptce_site_finalize (GObject *object)
{
  PtceSite *self = (PtceSite *) object;

  g_clear_pointer (&self->commune, ptce_code_free);
  g_clear_pointer (&self->siret, g_free);
  g_clear_pointer (&self->label, g_free);
  g_clear_pointer (&self->address, g_free);

  G_OBJECT_CLASS (ptce_site_parent_class)->finalize (object);
}

static void
ptce_site_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  PtceSite *self = PTCE_SITE (object);

  switch (prop_id)
    {
    case PROP_COMMUNE:
      g_value_set_string (value, self->commune);
      break;
    case PROP_SIRET:
      g_value_set_string (value, self->siret);
      break;
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    case PROP_ADDRESS:
      g_value_set_string (value, self->address);
      break;
    case PROP_HEADQUARTERS:
      g_value_set_boolean (value, self->headquarters);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ptce_site_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  PtceSite *self = PTCE_SITE (object);

  switch (prop_id)
    {
    case PROP_COMMUNE:
      ptce_site_set_commune (self, g_value_get_string (value));
      break;
    case PROP_SIRET:
      ptce_site_set_siret (self, g_value_get_string (value));
      break;
    case PROP_LABEL:
      ptce_site_set_label (self, g_value_get_string (value));
      break;
    case PROP_ADDRESS:
      ptce_site_set_address (self, g_value_get_string (value));
      break;
    case PROP_HEADQUARTERS:
      ptce_site_set_headquarters (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ptce_site_class_init (PtceSiteClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ptce_site_finalize;
  object_class->get_property = ptce_site_get_property;
  object_class->set_property = ptce_site_set_property;

  /**
   * PtceSite:commune:
   *
   * The official geographic code (COG) of the commune of the site.
   *
   * Since: 1.0
   */
  properties[PROP_COMMUNE] = g_param_spec_string ("commune", NULL, NULL, NULL, rw);

  /**
   * PtceSite:siret:
   *
   * The SIRET number of the establishment, as given.
   *
   * Since: 1.0
   */
  properties[PROP_SIRET] = g_param_spec_string ("siret", NULL, NULL, NULL, rw);

  /**
   * PtceSite:label:
   *
   * A short name for the site ("Pôle Jean-Bertin").
   *
   * Since: 1.0
   */
  properties[PROP_LABEL] = g_param_spec_string ("label", NULL, NULL, NULL, rw);

  /**
   * PtceSite:address:
   *
   * The postal address of the site, on one line.
   *
   * Since: 1.0
   */
  properties[PROP_ADDRESS] = g_param_spec_string ("address", NULL, NULL, NULL, rw);

  /**
   * PtceSite:headquarters:
   *
   * Whether the site is the seat of the actor.
   *
   * Since: 1.0
   */
  properties[PROP_HEADQUARTERS] = g_param_spec_boolean ("headquarters", NULL, NULL, FALSE, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ptce_site_init (PtceSite *self)
{
}

/**
 * ptce_site_new:
 * @commune: (nullable): the commune code of the site
 *
 * Creates a site.
 *
 * Returns: (transfer full): a new #PtceSite
 *
 * Since: 1.0
 */
PtceSite *
ptce_site_new (const char *commune)
{
  PtceSite *self = g_object_new (PTCE_TYPE_SITE, NULL);

  /* no property by name nor GValue; a commune code is stored once */
  self->commune = ptce_code_dup (commune);
  return self;
}

/**
 * ptce_site_get_commune:
 * @self: a #PtceSite
 *
 * Gets the commune code of the site.
 *
 * Returns: (transfer none) (nullable): the commune code
 *
 * Since: 1.0
 */
/**
 * ptce_site_set_commune:
 * @self: a #PtceSite
 * @commune: (nullable): the commune code
 *
 * Sets the commune code of the site.
 *
 * Since: 1.0
 */
PTCE_DEFINE_STRING_PROPERTY (ptce_site, PtceSite, PTCE_IS_SITE, commune, PROP_COMMUNE, ptce_set_code)

/**
 * ptce_site_get_siret:
 * @self: a #PtceSite
 *
 * Gets the SIRET number of the establishment.
 *
 * Returns: (transfer none) (nullable): the SIRET number
 *
 * Since: 1.0
 */
/**
 * ptce_site_set_siret:
 * @self: a #PtceSite
 * @siret: (nullable): the SIRET number
 *
 * Sets the SIRET number of the establishment.
 *
 * Since: 1.0
 */
PTCE_DEFINE_STRING_PROPERTY (ptce_site, PtceSite, PTCE_IS_SITE, siret, PROP_SIRET, ptce_set_str)

/**
 * ptce_site_get_label:
 * @self: a #PtceSite
 *
 * Gets the label of the site.
 *
 * Returns: (transfer none) (nullable): the label
 *
 * Since: 1.0
 */
/**
 * ptce_site_set_label:
 * @self: a #PtceSite
 * @label: (nullable): the label
 *
 * Sets the label of the site.
 *
 * Since: 1.0
 */
PTCE_DEFINE_STRING_PROPERTY (ptce_site, PtceSite, PTCE_IS_SITE, label, PROP_LABEL, ptce_set_str)

/**
 * ptce_site_get_address:
 * @self: a #PtceSite
 *
 * Gets the postal address of the site.
 *
 * Returns: (transfer none) (nullable): the address
 *
 * Since: 1.0
 */
/**
 * ptce_site_set_address:
 * @self: a #PtceSite
 * @address: (nullable): the address
 *
 * Sets the postal address of the site.
 *
 * Since: 1.0
 */
PTCE_DEFINE_STRING_PROPERTY (ptce_site, PtceSite, PTCE_IS_SITE, address, PROP_ADDRESS, ptce_set_str)

/**
 * ptce_site_get_headquarters:
 * @self: a #PtceSite
 *
 * Gets whether the site is the seat of the actor.
 *
 * Returns: %TRUE for the seat
 *
 * Since: 1.0
 */
gboolean
ptce_site_get_headquarters (PtceSite *self)
{
  g_return_val_if_fail (PTCE_IS_SITE (self), FALSE);
  return self->headquarters;
}

/**
 * ptce_site_set_headquarters:
 * @self: a #PtceSite
 * @headquarters: whether the site is the seat
 *
 * Sets whether the site is the seat of the actor.
 *
 * Since: 1.0
 */
void
ptce_site_set_headquarters (PtceSite *self,
                            gboolean  headquarters)
{
  g_return_if_fail (PTCE_IS_SITE (self));

  headquarters = !!headquarters;
  if (self->headquarters == headquarters)
    return;
  self->headquarters = headquarters;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HEADQUARTERS]);
}
