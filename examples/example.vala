/* example.vala: libptce from Vala
 *
 *   example-vala DATASET.json [DATE [OUTPUT.json]]
 *
 * Loads a ptce/1 dataset, prints who is a member of each pole on DATE (an
 * ISO 8601 date, possibly partial; today by default) and the pole's
 * cooperations, then builds a tiny dataset in code and saves it to OUTPUT
 * (tiny-ptce.json by default).
 *
 * Build: valac --pkg libptce example.vala
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later */

static unowned string nick (Type type, int value) {
  unowned EnumValue? v = ((EnumClass) type.class_ref ()).get_value (value);
  return v != null ? v.value_nick : "?";
}

static void print_pole (Ptce.Pole pole, Ptce.Date when) {
  var members = pole.list_members_on (when);
  print ("%s (%s): %u members on %s\n", pole.name, pole.id, members.get_n_items (), when.to_iso8601 ());
  for (uint i = 0; i < members.get_n_items (); i++) {
    var membership = (Ptce.Membership) members.get_item (i);
    print ("  - %s\n", membership.actor.name);
  }

  var cooperations = pole.get_cooperations ();
  for (uint i = 0; i < cooperations.get_n_items (); i++) {
    var coop = (Ptce.Cooperation) cooperations.get_item (i);
    print ("  cooperation %s: %s, %s, %u participants\n", coop.id,
           nick (typeof (Ptce.CooperationMode), coop.mode),
           nick (typeof (Ptce.CooperationObject), coop.object),
           coop.get_participants ().get_n_items ());
  }
}

/* Two associations that share premises, members of a pole since June 2020. */
static Ptce.Dataset build_tiny_dataset () throws Error {
  var dataset = new Ptce.Dataset ();
  dataset.title = "A tiny dataset built in Vala";
  var june_2020 = new Ptce.Date (2020, 6, 0);
  var pole = new Ptce.Pole ("pole-exemple", "Pôle exemple");
  pole.founded = june_2020;

  Ptce.Actor[] actors = {
    new Ptce.Actor ("atelier-velo", "Atelier vélo solidaire"),
    new Ptce.Actor ("ressourcerie", "La Ressourcerie")
  };
  foreach (var actor in actors) {
    actor.kind = Ptce.ActorKind.ENTERPRISE;
    actor.ess_family = Ptce.EssFamily.ASSOCIATION;
    var membership = new Ptce.Membership (actor, Ptce.MembershipRole.FOUNDING_MEMBER);
    membership.start = june_2020;
    pole.add_membership (membership);
    dataset.add_actor (actor);
  }

  var premises = new Ptce.Cooperation ("local-partage", Ptce.CooperationMode.MUTUALISATION);
  premises.object = Ptce.CooperationObject.SHARED_PREMISES;
  foreach (var actor in actors)
    premises.add_participant (actor);
  pole.add_cooperation (premises);
  dataset.add_pole (pole);
  return dataset;
}

int main (string[] args) {
  /* print() converts to the locale's charset: without this, "é" prints as "?". */
  Intl.setlocale (LocaleCategory.ALL, "");
  if (args.length < 2) {
    printerr ("usage: %s DATASET.json [DATE [OUTPUT.json]]\n", args[0]);
    return 2;
  }
  var output = args.length > 3 ? args[3] : "tiny-ptce.json";
  var reader = new Ptce.JsonReader ();
  var writer = new Ptce.JsonWriter ();
  try {
    var dataset = reader.load_file (args[1]);
    var when = args.length > 2 ? new Ptce.Date.from_iso8601 (args[2]) : new Ptce.Date.today ();
    var poles = dataset.get_poles ();
    for (uint i = 0; i < poles.get_n_items (); i++)
      print_pole ((Ptce.Pole) poles.get_item (i), when);

    writer.save_file (build_tiny_dataset (), output);
    /* Read it back, to show that what was saved is what was built. */
    var reloaded = reader.load_file (output);
    print ("saved %u pole and %u actors to %s\n",
           reloaded.get_poles ().get_n_items (), reloaded.get_actors ().get_n_items (), output);
  } catch (Error e) {
    printerr ("%s: %s\n", args[0], e.message);
    return 1;
  }
  return 0;
}
