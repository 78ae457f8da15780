import type { conflictsVi } from "./vi";

export const conflictsEn: typeof conflictsVi = {
  intro: "You and someone else both changed the fields below. Fields only one of you changed have been kept. Choose which figure to keep for each field, then save.",
  caption: "Fields you both changed",
  theirs: "Their figure",
  mine: "Your figure",
  choice: "Keep",
  choiceFor: "Keep for \"{name}\"",
  chooseMine: "Mine",
  chooseTheirs: "Theirs",
  savedBy: "{by}, {at}",
  saveChoices: "Save my choices",
};
