/* ptce-cli.h: what the subcommands of `ptce` share
 * SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <libptce/libptce.h>
#include <glib/gi18n.h>

G_BEGIN_DECLS

/* Exit statuses, the same for every subcommand. */
enum {
  PTCE_EXIT_OK = 0,        /* done; for `check`, the definition is met */
  PTCE_EXIT_NEGATIVE = 1,  /* ran, and the answer is no (check not met) */
  PTCE_EXIT_INVALID = 2,   /* bad input or usage: nothing was written */
};

/* Each subcommand: argv[0] is the subcommand's name. Returns an exit status. */
int ptce_cmd_summary   (int argc, char **argv);
int ptce_cmd_territory (int argc, char **argv);
int ptce_cmd_check     (int argc, char **argv);
int ptce_cmd_verify    (int argc, char **argv);
int ptce_cmd_convert   (int argc, char **argv);
int ptce_cmd_network   (int argc, char **argv);
int ptce_cmd_stats     (int argc, char **argv);
int ptce_cmd_coverage  (int argc, char **argv);
int ptce_cmd_export    (int argc, char **argv);
int ptce_cmd_import_csv (int argc, char **argv);
int ptce_cmd_report    (int argc, char **argv);
int ptce_cmd_store     (int argc, char **argv);

/* Prints "ptce: MESSAGE" on stderr, translated by the caller. */
void ptce_cli_print_error (const char *message);

/* Loads a ptce/1 file, printing the error and returning NULL on failure. */
PtceDataset *ptce_cli_load_dataset (const char *path);

/* The largest file ptce_cli_load_dataset() reads: --max-size, taken by
 * tools/ptce.c for every command (docs/performance.md: the size limit). */
#define PTCE_CLI_DEFAULT_MAX_SIZE (G_GUINT64_CONSTANT (1024) * 1024 * 1024)
void    ptce_cli_set_max_size (guint64 size);
guint64 ptce_cli_get_max_size (void);

/* A line on stderr, when it is a terminal, saying what is being done and
 * for how long once it has taken a second (PTCE_PROGRESS_AFTER_MS), every
 * half second, cleared by stop: loads and saves of large files. NULL when
 * stderr is not a terminal (a pipe, a file); stop accepts NULL.
 * start_file says @format ("reading %s", translated) of the file @path. */
typedef struct _PtceCliProgress PtceCliProgress;
PtceCliProgress *ptce_cli_progress_start      (const char      *what);
PtceCliProgress *ptce_cli_progress_start_file (const char      *format,
                                               const char      *path);
void             ptce_cli_progress_stop       (PtceCliProgress *progress);

/* Parses a size: bytes, or a number followed by k, M or G (powers of 1024). */
gboolean ptce_cli_parse_size (const char *text,
                              guint64    *out);

/* The same as ptce_cli_print_error(), with a message made from @format. */
void ptce_cli_print_errorf (const char *format,
                            ...) G_GNUC_PRINTF (1, 2);

/* Parses the options of a subcommand (argv[0] is its name) into @entries,
 * with @parameter_string ("FILE"), @summary and @description (or NULL) as
 * its --help. Prints the error and returns FALSE on bad usage. */
gboolean ptce_cli_parse_options (const char          *parameter_string,
                                 const GOptionEntry  *entries,
                                 const char          *summary,
                                 const char          *description,
                                 int                 *argc,
                                 char              ***argv);

/* How many arguments @args holds (NULL holds none). */
guint ptce_cli_n_args (char **args);

/* The date of a --date option: @text as a date YYYY, YYYY-MM or
 * YYYY-MM-DD, a partial one standing for its first day, or today when
 * @text is NULL. Prints the error and returns NULL when @text is not a
 * date. */
PtceDate *ptce_cli_parse_date (const char *text);

/* The geography of a --geography option: the one of the file @path, or the
 * embedded one when @path is NULL (a new reference either way). Prints the
 * error and returns NULL when the file cannot be loaded. */
PtceGeography *ptce_cli_load_geography (const char *path);

/* The poles to work on (a new #GListModel of #PtcePole): every pole of
 * @dataset, or only the one of a --pole option's id @pole_id. Prints the
 * error and returns NULL when no pole has that id. */
GListModel *ptce_cli_select_poles (PtceDataset *dataset,
                                   const char  *pole_id);

/* Appends @pole of @dataset to @out as `ptce summary` shows it, as of
 * @when: its title line, then the lines of @extra (indented like the rest;
 * NULL for none), then its stage, territory, members, cooperations,
 * projects and latest observations (ptce-cmd-summary.c). */
void ptce_cli_append_pole_summary (GString      *out,
                                   PtceDataset  *dataset,
                                   PtcePole     *pole,
                                   PtceDate     *when,
                                   const char  **extra);

G_END_DECLS
