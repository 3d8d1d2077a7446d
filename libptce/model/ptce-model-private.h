/* ptce-model-private.h: what the ptce/1 builder may do that the API does not
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The builder checks every reference against the dataset as it reads it
 * and ptce_dataset_validate() runs once at the end, so these skip checks
 * already made and the change signals of lists that nobody can watch yet
 * (the objects are new, not yet handed out). */
#pragma once

#include "ptce-actor.h"
#include "ptce-cooperation.h"
#include "ptce-dataset.h"
#include "ptce-membership.h"
#include "ptce-pole.h"
#include "ptce-project.h"

G_BEGIN_DECLS

/* The fields of @text in a form ptce_date_new_from_iso8601() takes
 * (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`; 0 for a month or day not given), or
 * FALSE for any other text, a month or day 00 included. Whether the date
 * exists is not checked: the builder keys the dates it met by these. */
gboolean ptce_date_parse_form_private                 (const char       *text,
                                                       int              *year,
                                                       int              *month,
                                                       int              *day);

/* Adds @site to an actor being built whose sites no one has seen yet (the
 * reader's): no items-changed (ptce_object_list_fill_new()). */
void     ptce_actor_add_site_private                  (PtceActor        *self,
                                                       PtceSite         *site);

/* Appends @n actors, distinct and not yet participants, at once, to a
 * cooperation being built whose participants no one has seen yet (the
 * reader's): no items-changed (ptce_object_list_fill_new()). */
void     ptce_cooperation_append_participants_private (PtceCooperation  *self,
                                                       PtceActor       **actors,
                                                       guint             n);

/* Fills a cooperation or a membership fresh from g_object_new() with no
 * property, as ptce_cooperation_new() and ptce_membership_new() fill
 * theirs (they call these): the builder's worker takes such objects made
 * ahead by another thread (ptce-blank-pool-private.h). Returns @blank. */
PtceCooperation *ptce_cooperation_init_blank_private  (PtceCooperation     *blank,
                                                       const char          *id,
                                                       PtceCooperationMode  mode);
PtceMembership  *ptce_membership_init_blank_private   (PtceMembership      *blank,
                                                       PtceActor           *actor,
                                                       PtceMembershipRole   roles);

/* ptce_dataset_add_pole() without check of the references of @pole to
 * the actors of @self, which the caller checks (ptce_dataset_validate()). */
gboolean ptce_dataset_add_pole_unchecked_private       (PtceDataset      *self,
                                                       PtcePole         *pole,
                                                       GError          **error);

/* ptce_dataset_add_observation() in two halves, for a builder that adds
 * the observations while the actors and poles they are about are still
 * being built on other threads (the two touch other tables of @self):
 * add_observation_unchecked() adds a new observation without looking at
 * its subject, indicator or value; check_observation() checks them as
 * add_observation() does, once the actors and poles are all in. */
void     ptce_dataset_add_observation_unchecked_private (PtceDataset     *self,
                                                         PtceObservation *observation);
gboolean ptce_dataset_check_observation_private       (PtceDataset      *self,
                                                       PtceObservation  *observation,
                                                       GError          **error);

/* ptce_dataset_validate(); with @actors_resolved, the caller vouches that
 * every actor a pole refers to was found by its id in @self and that every
 * cooperation and project of a pole was added by ptce_pole_add_cooperation()
 * or ptce_pole_add_project() (as the ptce/1 builder does), and those
 * references are not walked again: the fundings, the compositions and the
 * observations still are. */
gboolean ptce_dataset_validate_private                (PtceDataset      *self,
                                                       gboolean          actors_resolved,
                                                       GError          **error);
/* validate_private() in two halves: the poles and the actors (which do
 * not read the observations' tables), then the observations. */
gboolean ptce_dataset_validate_members_private        (PtceDataset      *self,
                                                       gboolean          actors_resolved,
                                                       GError          **error);
gboolean ptce_dataset_validate_observations_private   (PtceDataset      *self,
                                                       GError          **error);

/* While a new dataset or pole is filled by the builder, and before
 * anything reads its lists, the items added to its main lists (a dataset's
 * actors, poles and observations; a pole's memberships and cooperations)
 * are held and go into each list at once at end_fill (see
 * ptce_object_list_flush()). Between the two, the lists themselves look
 * empty and ptce_pole_add_membership() does not look for the membership
 * already there: only the builder, which reads no list and adds each new
 * object once, fills. The id tables are kept as always. */
void     ptce_dataset_begin_fill_private               (PtceDataset      *self);
void     ptce_dataset_end_fill_private                 (PtceDataset      *self);
/* Ends the fill of some lists (all in), the others' going on. */
typedef enum
{
  PTCE_DATASET_LIST_ACTORS       = 1 << 0,
  PTCE_DATASET_LIST_POLES        = 1 << 1,
  PTCE_DATASET_LIST_OBSERVATIONS = 1 << 2,
} PtceDatasetLists;

void     ptce_dataset_end_fill_lists_private           (PtceDataset      *self,
                                                        PtceDatasetLists  lists);
void     ptce_pole_begin_fill_private                  (PtcePole         *self);
void     ptce_pole_end_fill_private                    (PtcePole         *self);

/* The lists themselves, for the library's own walks (the dataset's
 * validation): the getters lend a read-only view, an object and a signal
 * handler kept for the life of the owner, which a walk over every
 * cooperation of a national dataset would make for each. NULL when the
 * actor has no composition list yet (lists are made on first use). */
GListModel *ptce_project_peek_participants_private     (PtceProject     *self);
/* The participants of @self themselves, borrowed, in order (@n_items of
 * them), valid until the cooperation changes: for the rules' walks, which
 * read a few of every cooperation of every pole. */
PtceActor * const *ptce_cooperation_peek_participant_array_private (PtceCooperation *self,
                                                                   guint           *n_items);
GListModel *ptce_actor_peek_compositions_private       (PtceActor       *self);
/* NULL when the actor has no site list yet: the writer's walk, and the
 * rules and the observatory that read the sites of every member of every
 * pole (the getter would make an empty store and its view for each). */
GListModel *ptce_actor_peek_sites_private              (PtceActor       *self);

/* The pole's lists themselves, for the rules and the observatory, which
 * read them for every pole (the getters lend a read-only view that
 * forwards each item). */
GListModel *ptce_pole_peek_projects_private            (PtcePole        *self);
GListModel *ptce_pole_peek_fundings_private            (PtcePole        *self);
/* The pole's memberships and cooperations themselves, borrowed, in order
 * (@n_items of them), valid until the pole's list changes: the rules and
 * the observatory read both for every pole, without a reference per item. */
PtceMembership * const  *ptce_pole_peek_membership_array_private  (PtcePole *self,
                                                                   guint    *n_items);
PtceCooperation * const *ptce_pole_peek_cooperation_array_private (PtcePole *self,
                                                                   guint    *n_items);

/* The observations of @subject, in the dataset's order, borrowed (NULL
 * when there is none): the observatory reads them for every member of
 * every pole, where ptce_dataset_list_observations_of() makes a new list
 * each time. Counted as that function counts them (ptce_work_scan()). */
GPtrArray  *ptce_dataset_peek_observations_of_private  (PtceDataset     *self,
                                                       const char      *subject);

G_END_DECLS
