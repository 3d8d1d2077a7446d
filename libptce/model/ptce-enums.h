/* ptce-enums.h: the words of the PTCE domain
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (PTCE_INSIDE) && !defined (PTCE_COMPILATION)
# error "Only <libptce/libptce.h> can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

/**
 * SECTION:ptce-enums
 * @Title: Enumerations
 * @Short_description: the words of article 9 and of practitioners
 *
 * The nick of each value (its lower-case, hyphenated name, as
 * g_enum_get_value_by_nick() knows it) is the word that the "ptce/1" JSON
 * format writes: the API and the format say the same words.
 */

/**
 * PtceActorKind:
 * @PTCE_ACTOR_KIND_UNKNOWN: not known
 * @PTCE_ACTOR_KIND_ENTERPRISE: an enterprise (« entreprise »), ESS or not:
 *   whether it belongs to the ESS is its ESS qualification, kept apart
 * @PTCE_ACTOR_KIND_ENTERPRISE_GROUPING: a grouping of enterprises
 *   (« groupement d'entreprises »)
 * @PTCE_ACTOR_KIND_LOCAL_AUTHORITY: a local authority (« collectivité
 *   territoriale »: commune, département, région…)
 * @PTCE_ACTOR_KIND_LOCAL_AUTHORITY_GROUPING: a grouping of local authorities
 *   (EPCI, syndicat, PETR…)
 * @PTCE_ACTOR_KIND_RESEARCH_CENTRE: a research centre (« centre de recherche »)
 * @PTCE_ACTOR_KIND_HIGHER_EDUCATION: a higher-education and research
 *   establishment (« établissement d'enseignement supérieur et de recherche »)
 * @PTCE_ACTOR_KIND_TRAINING_BODY: a training body (« organisme de formation »)
 * @PTCE_ACTOR_KIND_OTHER_LEGAL_PERSON: any other legal person (« toute autre
 *   personne morale »: State services, consular bodies, GIP…)
 * @PTCE_ACTOR_KIND_NATURAL_PERSON: a natural person (« personne physique »)
 *
 * What an actor is in the words of article 9 I of law n° 2014-856.
 *
 * Since: 1.0
 */
typedef enum {
  PTCE_ACTOR_KIND_UNKNOWN,
  PTCE_ACTOR_KIND_ENTERPRISE,
  PTCE_ACTOR_KIND_ENTERPRISE_GROUPING,
  PTCE_ACTOR_KIND_LOCAL_AUTHORITY,
  PTCE_ACTOR_KIND_LOCAL_AUTHORITY_GROUPING,
  PTCE_ACTOR_KIND_RESEARCH_CENTRE,
  PTCE_ACTOR_KIND_HIGHER_EDUCATION,
  PTCE_ACTOR_KIND_TRAINING_BODY,
  PTCE_ACTOR_KIND_OTHER_LEGAL_PERSON,
  PTCE_ACTOR_KIND_NATURAL_PERSON,
} PtceActorKind;

/**
 * PtceEssFamily:
 * @PTCE_ESS_FAMILY_UNKNOWN: not known
 * @PTCE_ESS_FAMILY_NONE: none: not an ESS legal form
 * @PTCE_ESS_FAMILY_ASSOCIATION: an association (loi 1901 or local law of
 *   Alsace-Moselle)
 * @PTCE_ESS_FAMILY_COOPERATIVE: a cooperative (SCOP, SCIC, agricultural,
 *   banking…)
 * @PTCE_ESS_FAMILY_MUTUAL: a mutual, union of mutuals or mutual insurance
 *   company
 * @PTCE_ESS_FAMILY_FOUNDATION: a foundation
 * @PTCE_ESS_FAMILY_COMMERCIAL_COMPANY: a commercial company that qualifies
 *   under article 1 II 2°
 *
 * The ESS family of an actor, from article 1 II of law n° 2014-856.
 *
 * Since: 1.0
 */
typedef enum {
  PTCE_ESS_FAMILY_UNKNOWN,
  PTCE_ESS_FAMILY_NONE,
  PTCE_ESS_FAMILY_ASSOCIATION,
  PTCE_ESS_FAMILY_COOPERATIVE,
  PTCE_ESS_FAMILY_MUTUAL,
  PTCE_ESS_FAMILY_FOUNDATION,
  PTCE_ESS_FAMILY_COMMERCIAL_COMPANY,
} PtceEssFamily;

/**
 * PtceEssBasis:
 * @PTCE_ESS_BASIS_UNKNOWN: not known
 * @PTCE_ESS_BASIS_BY_STATUS: ESS by its legal form (article 1 II 1°)
 * @PTCE_ESS_BASIS_QUALIFIED_COMMERCIAL_COMPANY: a commercial company whose
 *   statutes meet article 1 II 2° and that is registered with the ESS mention
 *   (article 1 III)
 * @PTCE_ESS_BASIS_DECLARED_ONLY: said to be ESS, without evidence
 * @PTCE_ESS_BASIS_NOT_ESS: not an ESS enterprise
 *
 * On what ground an actor is said to belong to the ESS.
 *
 * Since: 1.0
 */
typedef enum {
  PTCE_ESS_BASIS_UNKNOWN,
  PTCE_ESS_BASIS_BY_STATUS,
  PTCE_ESS_BASIS_QUALIFIED_COMMERCIAL_COMPANY,
  PTCE_ESS_BASIS_DECLARED_ONLY,
  PTCE_ESS_BASIS_NOT_ESS,
} PtceEssBasis;

/**
 * PtceStage:
 * @PTCE_STAGE_UNKNOWN: not known
 * @PTCE_STAGE_EMERGENCE: emerging (« émergence », « PTCE émergent »)
 * @PTCE_STAGE_CONSTRUCTION: being built (« en construction »)
 * @PTCE_STAGE_CONSOLIDATION: consolidating (« en consolidation »)
 * @PTCE_STAGE_DEVELOPMENT: developing, changing scale (« changement
 *   d'échelle »)
 * @PTCE_STAGE_INACTIVE: inactive
 * @PTCE_STAGE_DISSOLVED: dissolved
 *
 * The stage of maturity of a pole, as the State calls and the Labo de l'ESS
 * name them.
 *
 * Since: 1.0
 */
typedef enum {
  PTCE_STAGE_UNKNOWN,
  PTCE_STAGE_EMERGENCE,
  PTCE_STAGE_CONSTRUCTION,
  PTCE_STAGE_CONSOLIDATION,
  PTCE_STAGE_DEVELOPMENT,
  PTCE_STAGE_INACTIVE,
  PTCE_STAGE_DISSOLVED,
} PtceStage;

/**
 * PtcePoleTypology:
 * @PTCE_POLE_TYPOLOGY_NONE: no typology given
 * @PTCE_POLE_TYPOLOGY_MUTUALISATION: a pole of mutualisation
 * @PTCE_POLE_TYPOLOGY_MULTI_ACTIVITY: a multi-activity, multi-sector pole
 * @PTCE_POLE_TYPOLOGY_SECTORAL: a pole organised around a filière or sector
 *
 * The profiles of poles in the Labo de l'ESS typology; a pole may have
 * several.
 *
 * Since: 1.0
 */
typedef enum /*< flags >*/ {
  PTCE_POLE_TYPOLOGY_NONE = 0,
  PTCE_POLE_TYPOLOGY_MUTUALISATION = 1 << 0,
  PTCE_POLE_TYPOLOGY_MULTI_ACTIVITY = 1 << 1,
  PTCE_POLE_TYPOLOGY_SECTORAL = 1 << 2,
} PtcePoleTypology;

/**
 * PtcePoleOrigin:
 * @PTCE_POLE_ORIGIN_UNKNOWN: not known
 * @PTCE_POLE_ORIGIN_ENTREPRENEURIAL: an entrepreneurial dynamic
 * @PTCE_POLE_ORIGIN_CITIZEN: a citizen dynamic
 * @PTCE_POLE_ORIGIN_LOCAL_AUTHORITY: impulsed by local authorities
 * @PTCE_POLE_ORIGIN_EMPLOYMENT_BASIN_COMMITTEE: born of a comité de bassin
 *   d'emploi
 * @PTCE_POLE_ORIGIN_OTHER: another origin
 *
 * Where the dynamic of a pole came from.
 *
 * Since: 1.0
 */
typedef enum {
  PTCE_POLE_ORIGIN_UNKNOWN,
  PTCE_POLE_ORIGIN_ENTREPRENEURIAL,
  PTCE_POLE_ORIGIN_CITIZEN,
  PTCE_POLE_ORIGIN_LOCAL_AUTHORITY,
  PTCE_POLE_ORIGIN_EMPLOYMENT_BASIN_COMMITTEE,
  PTCE_POLE_ORIGIN_OTHER,
} PtcePoleOrigin;

/**
 * PtceLegalForm:
 * @PTCE_LEGAL_FORM_UNKNOWN: not known
 * @PTCE_LEGAL_FORM_ASSOCIATION: an association
 * @PTCE_LEGAL_FORM_SCIC: a société coopérative d'intérêt collectif
 * @PTCE_LEGAL_FORM_SCOP: a société coopérative et participative
 * @PTCE_LEGAL_FORM_OTHER_COOPERATIVE: another cooperative
 * @PTCE_LEGAL_FORM_SAS: a société par actions simplifiée
 * @PTCE_LEGAL_FORM_SARL: a société à responsabilité limitée
 * @PTCE_LEGAL_FORM_GIE: a groupement d'intérêt économique
 * @PTCE_LEGAL_FORM_ENDOWMENT_FUND: a fonds de dotation
 * @PTCE_LEGAL_FORM_FOUNDATION: a foundation
 * @PTCE_LEGAL_FORM_NO_LEGAL_PERSONALITY: no legal personality of its own
 *   (a convention or charter only)
 * @PTCE_LEGAL_FORM_OTHER: another form
 *
 * The legal form of a pole (or of the structure that carries it).
 *
 * Since: 1.0
 */
typedef enum {
  PTCE_LEGAL_FORM_UNKNOWN,
  PTCE_LEGAL_FORM_ASSOCIATION,
  PTCE_LEGAL_FORM_SCIC,
  PTCE_LEGAL_FORM_SCOP,
  PTCE_LEGAL_FORM_OTHER_COOPERATIVE,
  PTCE_LEGAL_FORM_SAS,
  PTCE_LEGAL_FORM_SARL,
  PTCE_LEGAL_FORM_GIE,
  PTCE_LEGAL_FORM_ENDOWMENT_FUND,
  PTCE_LEGAL_FORM_FOUNDATION,
  PTCE_LEGAL_FORM_NO_LEGAL_PERSONALITY,
  PTCE_LEGAL_FORM_OTHER,
} PtceLegalForm;

/**
 * PtceMembershipRole:
 * @PTCE_MEMBERSHIP_ROLE_NONE: no role given
 * @PTCE_MEMBERSHIP_ROLE_FOUNDING_MEMBER: a founding member
 * @PTCE_MEMBERSHIP_ROLE_MEMBER: a member (« s'associent »)
 * @PTCE_MEMBERSHIP_ROLE_ANIMATOR: the structure that animates the pole
 * @PTCE_MEMBERSHIP_ROLE_TENANT: hosted on a shared site of the pole
 * @PTCE_MEMBERSHIP_ROLE_PARTNER: a partner the pole is « en lien avec »
 * @PTCE_MEMBERSHIP_ROLE_FUNDER: a funder
 * @PTCE_MEMBERSHIP_ROLE_RESEARCH_PARTNER: a research partner
 * @PTCE_MEMBERSHIP_ROLE_OBSERVER: an observer
 *
 * The roles of an actor in a pole. Article 9 I distinguishes the
 * enterprises that join the pole (« s'associent ») from the bodies it is in
 * link with (« en lien avec »): only the founding-member, member and
 * animator roles make an actor a member; the others are links.
 *
 * Since: 1.0
 */
typedef enum /*< flags >*/ {
  PTCE_MEMBERSHIP_ROLE_NONE = 0,
  PTCE_MEMBERSHIP_ROLE_FOUNDING_MEMBER = 1 << 0,
  PTCE_MEMBERSHIP_ROLE_MEMBER = 1 << 1,
  PTCE_MEMBERSHIP_ROLE_ANIMATOR = 1 << 2,
  PTCE_MEMBERSHIP_ROLE_TENANT = 1 << 3,
  PTCE_MEMBERSHIP_ROLE_PARTNER = 1 << 4,
  PTCE_MEMBERSHIP_ROLE_FUNDER = 1 << 5,
  PTCE_MEMBERSHIP_ROLE_RESEARCH_PARTNER = 1 << 6,
  PTCE_MEMBERSHIP_ROLE_OBSERVER = 1 << 7,
} PtceMembershipRole;

/**
 * PtceCooperationMode:
 * @PTCE_COOPERATION_MODE_MUTUALISATION: mutualisation
 * @PTCE_COOPERATION_MODE_COOPERATION: coopération
 * @PTCE_COOPERATION_MODE_PARTENARIAT: partenariat
 *
 * The three words of article 9 I: « une stratégie commune et continue de
 * mutualisation, de coopération ou de partenariat ».
 *
 * Since: 1.0
 */
typedef enum {
  PTCE_COOPERATION_MODE_MUTUALISATION,
  PTCE_COOPERATION_MODE_COOPERATION,
  PTCE_COOPERATION_MODE_PARTENARIAT,
} PtceCooperationMode;

/**
 * PtceCooperationObject:
 * @PTCE_COOPERATION_OBJECT_OTHER: another object
 * @PTCE_COOPERATION_OBJECT_SHARED_EMPLOYMENT: shared jobs
 * @PTCE_COOPERATION_OBJECT_EMPLOYER_GROUP: a groupement d'employeurs
 * @PTCE_COOPERATION_OBJECT_SHARED_PREMISES: shared premises
 * @PTCE_COOPERATION_OBJECT_GROUP_PURCHASING: group purchasing
 * @PTCE_COOPERATION_OBJECT_SHARED_SERVICES: shared services (IT, phone,
 *   printing, HR function…)
 * @PTCE_COOPERATION_OBJECT_JOINT_TENDER: a joint answer to a public tender
 * @PTCE_COOPERATION_OBJECT_JOINT_OFFER: a joint commercial offer or value
 *   chain
 * @PTCE_COOPERATION_OBJECT_TRAINING: training
 * @PTCE_COOPERATION_OBJECT_INCUBATION: incubation
 * @PTCE_COOPERATION_OBJECT_FINANCING: financing
 *
 * What a cooperation puts in common, from the 2015 call and case studies.
 *
 * Since: 1.0
 */
typedef enum {
  PTCE_COOPERATION_OBJECT_OTHER,
  PTCE_COOPERATION_OBJECT_SHARED_EMPLOYMENT,
  PTCE_COOPERATION_OBJECT_EMPLOYER_GROUP,
  PTCE_COOPERATION_OBJECT_SHARED_PREMISES,
  PTCE_COOPERATION_OBJECT_GROUP_PURCHASING,
  PTCE_COOPERATION_OBJECT_SHARED_SERVICES,
  PTCE_COOPERATION_OBJECT_JOINT_TENDER,
  PTCE_COOPERATION_OBJECT_JOINT_OFFER,
  PTCE_COOPERATION_OBJECT_TRAINING,
  PTCE_COOPERATION_OBJECT_INCUBATION,
  PTCE_COOPERATION_OBJECT_FINANCING,
} PtceCooperationObject;

/**
 * PtceInnovation:
 * @PTCE_INNOVATION_NONE: not said to be innovative
 * @PTCE_INNOVATION_SOCIAL: socially innovative
 * @PTCE_INNOVATION_TECHNOLOGICAL: technologically innovative
 *
 * How a project is innovative: « innovants, socialement ou
 * technologiquement » (article 9 I).
 *
 * Since: 1.0
 */
typedef enum /*< flags >*/ {
  PTCE_INNOVATION_NONE = 0,
  PTCE_INNOVATION_SOCIAL = 1 << 0,
  PTCE_INNOVATION_TECHNOLOGICAL = 1 << 1,
} PtceInnovation;

/**
 * PtceTerritoryScale:
 * @PTCE_TERRITORY_SCALE_UNKNOWN: not known
 * @PTCE_TERRITORY_SCALE_NEIGHBOURHOOD: a neighbourhood (« quartier »)
 * @PTCE_TERRITORY_SCALE_COMMUNE: a commune
 * @PTCE_TERRITORY_SCALE_INTERCOMMUNAL: an EPCI or several communes
 * @PTCE_TERRITORY_SCALE_PAYS: a pays or PETR
 * @PTCE_TERRITORY_SCALE_INFRA_DEPARTEMENTAL: another area inside a
 *   département
 * @PTCE_TERRITORY_SCALE_DEPARTEMENT: a département
 * @PTCE_TERRITORY_SCALE_REGIONAL: a région
 * @PTCE_TERRITORY_SCALE_INTERREGIONAL: several régions
 *
 * The scale at which a pole acts, as the Labo de l'ESS surveys ask it.
 *
 * Since: 1.0
 */
typedef enum {
  PTCE_TERRITORY_SCALE_UNKNOWN,
  PTCE_TERRITORY_SCALE_NEIGHBOURHOOD,
  PTCE_TERRITORY_SCALE_COMMUNE,
  PTCE_TERRITORY_SCALE_INTERCOMMUNAL,
  PTCE_TERRITORY_SCALE_PAYS,
  PTCE_TERRITORY_SCALE_INFRA_DEPARTEMENTAL,
  PTCE_TERRITORY_SCALE_DEPARTEMENT,
  PTCE_TERRITORY_SCALE_REGIONAL,
  PTCE_TERRITORY_SCALE_INTERREGIONAL,
} PtceTerritoryScale;

/**
 * PtceCallKind:
 * @PTCE_CALL_KIND_OTHER: another kind of decision
 * @PTCE_CALL_KIND_STATE_AAP: a State appel à projets (2013, 2015)
 * @PTCE_CALL_KIND_STATE_AMI_PHASE1: phase 1 of the State AMI (« PTCE
 *   émergents », 2021–)
 * @PTCE_CALL_KIND_STATE_AMI_PHASE2: phase 2 of the State AMI (State funding)
 * @PTCE_CALL_KIND_REGIONAL: a regional scheme
 * @PTCE_CALL_KIND_LOCAL: a local scheme
 *
 * The kind of call under which a funding decision was taken.
 *
 * Since: 1.0
 */
typedef enum {
  PTCE_CALL_KIND_OTHER,
  PTCE_CALL_KIND_STATE_AAP,
  PTCE_CALL_KIND_STATE_AMI_PHASE1,
  PTCE_CALL_KIND_STATE_AMI_PHASE2,
  PTCE_CALL_KIND_REGIONAL,
  PTCE_CALL_KIND_LOCAL,
} PtceCallKind;

/**
 * PtceDatePrecision:
 * @PTCE_DATE_PRECISION_YEAR: only the year is known (2014)
 * @PTCE_DATE_PRECISION_MONTH: the year and month are known (2014-12)
 * @PTCE_DATE_PRECISION_DAY: the full date is known (2014-12-01)
 *
 * How much of a #PtceDate is known.
 *
 * Since: 1.0
 */
typedef enum {
  PTCE_DATE_PRECISION_YEAR,
  PTCE_DATE_PRECISION_MONTH,
  PTCE_DATE_PRECISION_DAY,
} PtceDatePrecision;

G_END_DECLS
