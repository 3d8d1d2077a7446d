/* ptce-reference-enums.h: the words of the reference layer
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (PTCE_INSIDE) && !defined (PTCE_COMPILATION)
# error "Only <libptce/libptce.h> can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

/**
 * SECTION:ptce-reference-enums
 * @Title: Reference enumerations
 * @Short_description: kinds of communes and EPCI, geography problems,
 *   derivations
 *
 * The enumerations of the reference layer: what a commune or an
 * intercommunal body is in the official geographic code, what went wrong
 * when a territory was resolved, and whether a value was stated or
 * inferred.
 */

/**
 * PtceCommuneKind:
 * @PTCE_COMMUNE_KIND_CURRENT: a current commune (INSEE « COM »)
 * @PTCE_COMMUNE_KIND_DELEGATED: a delegated commune of a commune nouvelle
 *   (« commune déléguée », COMD)
 * @PTCE_COMMUNE_KIND_ASSOCIATED: an associated commune (« commune
 *   associée », COMA)
 * @PTCE_COMMUNE_KIND_MUNICIPAL_ARRONDISSEMENT: a municipal arrondissement
 *   of Paris, Lyon or Marseille (ARM)
 *
 * What a code of the official geographic code (COG) stands for. Only
 * current communes are communes in law; the others belong to one, their
 * parent.
 *
 * Since: 1.0
 */
typedef enum {
  PTCE_COMMUNE_KIND_CURRENT,
  PTCE_COMMUNE_KIND_DELEGATED,
  PTCE_COMMUNE_KIND_ASSOCIATED,
  PTCE_COMMUNE_KIND_MUNICIPAL_ARRONDISSEMENT,
} PtceCommuneKind;

/**
 * PtceEpciKind:
 * @PTCE_EPCI_KIND_CC: a communauté de communes
 * @PTCE_EPCI_KIND_CA: a communauté d'agglomération
 * @PTCE_EPCI_KIND_CU: a communauté urbaine
 * @PTCE_EPCI_KIND_METROPOLE: a métropole
 * @PTCE_EPCI_KIND_METROPOLE_LYON: the Métropole de Lyon, a collectivity
 *   with a special status that the EPCI lists carry
 * @PTCE_EPCI_KIND_EPT: an établissement public territorial of the
 *   Métropole du Grand Paris: an intercommunal body, but not an EPCI à
 *   fiscalité propre
 *
 * The kind of an intercommunal body.
 *
 * Since: 1.0
 */
typedef enum {
  PTCE_EPCI_KIND_CC,
  PTCE_EPCI_KIND_CA,
  PTCE_EPCI_KIND_CU,
  PTCE_EPCI_KIND_METROPOLE,
  PTCE_EPCI_KIND_METROPOLE_LYON,
  PTCE_EPCI_KIND_EPT,
} PtceEpciKind;

/**
 * PtceGeographyLevel:
 * @PTCE_GEOGRAPHY_LEVEL_COMMUNE: a commune (its COG code)
 * @PTCE_GEOGRAPHY_LEVEL_EPCI: an EPCI or EPT (its SIREN)
 * @PTCE_GEOGRAPHY_LEVEL_DEPARTEMENT: a département (its COG code)
 * @PTCE_GEOGRAPHY_LEVEL_REGION: a région (its COG code)
 * @PTCE_GEOGRAPHY_LEVEL_VINTAGE: the vintage of the geographic code itself
 *
 * The level of the official geography a code belongs to.
 *
 * Since: 1.0
 */
typedef enum {
  PTCE_GEOGRAPHY_LEVEL_COMMUNE,
  PTCE_GEOGRAPHY_LEVEL_EPCI,
  PTCE_GEOGRAPHY_LEVEL_DEPARTEMENT,
  PTCE_GEOGRAPHY_LEVEL_REGION,
  PTCE_GEOGRAPHY_LEVEL_VINTAGE,
} PtceGeographyLevel;

/**
 * PtceGeographyProblemKind:
 * @PTCE_GEOGRAPHY_PROBLEM_MALFORMED_CODE: the code does not have the form
 *   of its level (a commune code is 5 characters, a SIREN 9 digits…)
 * @PTCE_GEOGRAPHY_PROBLEM_UNKNOWN_CODE: the code is well formed but the
 *   vintage has no such entry; it was left out
 * @PTCE_GEOGRAPHY_PROBLEM_OBSOLETE_CODE: the code is a former code of a
 *   current commune (a merger, a change of département); the current
 *   commune was used instead
 * @PTCE_GEOGRAPHY_PROBLEM_NOT_A_COMMUNE: the code is a delegated or
 *   associated commune or a municipal arrondissement; the commune it
 *   belongs to was used instead
 * @PTCE_GEOGRAPHY_PROBLEM_VINTAGE_MISMATCH: the territory was written in
 *   another vintage of the geographic code than the one it was resolved
 *   against
 *
 * What is wrong with a code of a territory.
 *
 * Since: 1.0
 */
typedef enum {
  PTCE_GEOGRAPHY_PROBLEM_MALFORMED_CODE,
  PTCE_GEOGRAPHY_PROBLEM_UNKNOWN_CODE,
  PTCE_GEOGRAPHY_PROBLEM_OBSOLETE_CODE,
  PTCE_GEOGRAPHY_PROBLEM_NOT_A_COMMUNE,
  PTCE_GEOGRAPHY_PROBLEM_VINTAGE_MISMATCH,
} PtceGeographyProblemKind;

/**
 * PtceDerivation:
 * @PTCE_DERIVATION_NONE: nothing is known
 * @PTCE_DERIVATION_EXPLICIT: stated in the data (the actor's own field, or
 *   a column of the reference file)
 * @PTCE_DERIVATION_INFERRED: inferred by a rule (from the legal category,
 *   or from a range of legal categories)
 *
 * Where a value comes from. Explicit data always wins over inference.
 *
 * Since: 1.0
 */
typedef enum {
  PTCE_DERIVATION_NONE,
  PTCE_DERIVATION_EXPLICIT,
  PTCE_DERIVATION_INFERRED,
} PtceDerivation;

G_END_DECLS
