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

/* Prints "ptce: MESSAGE" on stderr, translated by the caller. */
void ptce_cli_print_error (const char *message);

/* Loads a ptce/1 file, printing the error and returning NULL on failure. */
PtceDataset *ptce_cli_load_dataset (const char *path);

G_END_DECLS
