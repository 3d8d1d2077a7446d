/* ptce-store-enums.h: the enumerations of the store layer
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (PTCE_INSIDE) && !defined (PTCE_COMPILATION)
# error "Only <libptce/libptce.h> can be included directly."
#endif

#include <glib.h>
#include "ptce-version-macros.h"

G_BEGIN_DECLS

/**
 * SECTION:ptce-store-enums
 * @Title: Store enumerations
 * @Short_description: errors, open flags and change kinds of #PtceStore
 *
 * The words of the store layer: the codes of %PTCE_STORE_ERROR, how a
 * store is opened, and what kind of change ptce_store_diff_pole() reports.
 */

/**
 * PtceStoreError:
 * @PTCE_STORE_ERROR_FAILED: any other failure
 * @PTCE_STORE_ERROR_NOT_A_STORE: the file is not a libptce store (another
 *   database, or not a database at all)
 * @PTCE_STORE_ERROR_CORRUPT: the file is a store but damaged (torn pages,
 *   a missing table, malformed rows)
 * @PTCE_STORE_ERROR_LOCKED: another process held the store longer than the
 *   busy timeout
 * @PTCE_STORE_ERROR_READ_ONLY: the store cannot be written (opened read-only,
 *   or the file or its folder is not writable)
 * @PTCE_STORE_ERROR_NEWER_VERSION: the store was written by a newer version
 *   of libptce whose schema this version does not know
 * @PTCE_STORE_ERROR_FULL: the disk is full or the file size limit is reached;
 *   nothing of the failed operation was kept
 * @PTCE_STORE_ERROR_IO: the operating system failed to read or write the file
 * @PTCE_STORE_ERROR_NOT_FOUND: no submission, pole or actor has that id
 * @PTCE_STORE_ERROR_NOT_OPEN: the store object was not opened (made with
 *   g_object_new() instead of ptce_store_open()), or was closed
 *
 * Error codes of the %PTCE_STORE_ERROR domain. Invalid ptce/1 data given to
 * an import is reported in %PTCE_ERROR, as by #PtceJsonReader. New codes may
 * be added later: handle unknown codes as %PTCE_STORE_ERROR_FAILED.
 *
 * Since: 1.0
 */
typedef enum {
  PTCE_STORE_ERROR_FAILED,
  PTCE_STORE_ERROR_NOT_A_STORE,
  PTCE_STORE_ERROR_CORRUPT,
  PTCE_STORE_ERROR_LOCKED,
  PTCE_STORE_ERROR_READ_ONLY,
  PTCE_STORE_ERROR_NEWER_VERSION,
  PTCE_STORE_ERROR_FULL,
  PTCE_STORE_ERROR_IO,
  PTCE_STORE_ERROR_NOT_FOUND,
  PTCE_STORE_ERROR_NOT_OPEN,
} PtceStoreError;

/**
 * PtceStoreOpenFlags:
 * @PTCE_STORE_OPEN_NONE: open an existing store for reading and writing
 * @PTCE_STORE_OPEN_CREATE: create the store when the file does not exist
 * @PTCE_STORE_OPEN_READ_ONLY: open for reading only; every write fails with
 *   %PTCE_STORE_ERROR_READ_ONLY
 *
 * How ptce_store_open() opens a store.
 *
 * Since: 1.0
 */
typedef enum /*< flags >*/ {
  PTCE_STORE_OPEN_NONE = 0,
  PTCE_STORE_OPEN_CREATE = 1 << 0,
  PTCE_STORE_OPEN_READ_ONLY = 1 << 1,
} PtceStoreOpenFlags;

/**
 * PtceStoreChangeKind:
 * @PTCE_STORE_CHANGE_FIELD: a member of the pole itself changed (name,
 *   territory, strategy, carrier…); the subject names the member
 * @PTCE_STORE_CHANGE_MEMBER_JOINED: an actor became a member or partner
 * @PTCE_STORE_CHANGE_MEMBER_LEFT: an actor is no longer listed, or its
 *   membership got an end date
 * @PTCE_STORE_CHANGE_MEMBERSHIP_CHANGED: the roles or dates of a membership
 *   changed otherwise
 * @PTCE_STORE_CHANGE_COOPERATION_ADDED: a cooperation appeared
 * @PTCE_STORE_CHANGE_COOPERATION_REMOVED: a cooperation is no longer listed
 * @PTCE_STORE_CHANGE_COOPERATION_CHANGED: a cooperation changed (mode,
 *   participants, period…)
 * @PTCE_STORE_CHANGE_STAGE: the current stage (the last stage change) differs
 *
 * What one #PtceStoreChange says changed between two versions of a pole.
 *
 * Since: 1.0
 */
typedef enum {
  PTCE_STORE_CHANGE_FIELD,
  PTCE_STORE_CHANGE_MEMBER_JOINED,
  PTCE_STORE_CHANGE_MEMBER_LEFT,
  PTCE_STORE_CHANGE_MEMBERSHIP_CHANGED,
  PTCE_STORE_CHANGE_COOPERATION_ADDED,
  PTCE_STORE_CHANGE_COOPERATION_REMOVED,
  PTCE_STORE_CHANGE_COOPERATION_CHANGED,
  PTCE_STORE_CHANGE_STAGE,
} PtceStoreChangeKind;

/**
 * PtceStorePoleField:
 * @PTCE_STORE_POLE_FIELD_COMMUNE: a commune (COG code) of the pole's
 *   territory, or one of the communes of its EPCI
 * @PTCE_STORE_POLE_FIELD_EPCI: an EPCI (SIREN) of the territory, or the EPCI
 *   of one of its communes
 * @PTCE_STORE_POLE_FIELD_DEPARTEMENT: a département of the territory, or the
 *   département of one of its communes or EPCI
 * @PTCE_STORE_POLE_FIELD_REGION: a région of the territory, or the région of
 *   one of its départements
 * @PTCE_STORE_POLE_FIELD_STAGE: the current stage (the nick of a
 *   #PtceStage: "emergence", "consolidation"…)
 * @PTCE_STORE_POLE_FIELD_TYPOLOGY: a typology (the nick of a
 *   #PtcePoleTypology)
 * @PTCE_STORE_POLE_FIELD_SECTOR: a sector of one of its projects
 *
 * What ptce_store_find_poles() looks poles up by. The territory fields are
 * completed through the geography reference when the pole is imported, so
 * a pole whose territory lists communes is found by its département and
 * région too.
 *
 * Since: 1.0
 */
typedef enum {
  PTCE_STORE_POLE_FIELD_COMMUNE,
  PTCE_STORE_POLE_FIELD_EPCI,
  PTCE_STORE_POLE_FIELD_DEPARTEMENT,
  PTCE_STORE_POLE_FIELD_REGION,
  PTCE_STORE_POLE_FIELD_STAGE,
  PTCE_STORE_POLE_FIELD_TYPOLOGY,
  PTCE_STORE_POLE_FIELD_SECTOR,
} PtceStorePoleField;

/**
 * PtceStoreMatchBasis:
 * @PTCE_STORE_MATCH_SIRET: the same SIRET (one establishment)
 * @PTCE_STORE_MATCH_SIREN: the same SIREN (one legal unit), no SIRET in
 *   common to compare
 * @PTCE_STORE_MATCH_RNA: the same RNA number (one association), no SIREN
 *   or SIRET in common to compare
 *
 * Why the store took two actor ids of different submissions for the same
 * organisation (#PtceActorMatch). Two actors are never matched when an
 * identifier both give differs.
 *
 * Since: 1.0
 */
typedef enum {
  PTCE_STORE_MATCH_SIRET,
  PTCE_STORE_MATCH_SIREN,
  PTCE_STORE_MATCH_RNA,
} PtceStoreMatchBasis;

/**
 * PtceStoreDisagreementKind:
 * @PTCE_STORE_DISAGREEMENT_IDENTIFIER: two submissions give an actor
 *   different SIREN, SIRET or RNA numbers
 * @PTCE_STORE_DISAGREEMENT_MEMBERSHIP: two submissions give a membership
 *   different start or end dates
 * @PTCE_STORE_DISAGREEMENT_FIGURE: two submissions give different values
 *   of the same indicator about the same subject and period
 *
 * What two submissions disagree about (#PtceStoreDisagreement).
 *
 * Since: 1.0
 */
typedef enum {
  PTCE_STORE_DISAGREEMENT_IDENTIFIER,
  PTCE_STORE_DISAGREEMENT_MEMBERSHIP,
  PTCE_STORE_DISAGREEMENT_FIGURE,
} PtceStoreDisagreementKind;

G_END_DECLS
