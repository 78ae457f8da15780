// The conflict panel's per-field choice (decision 0041): mine or theirs for each field both people changed.
export const conflictsVi = {
  intro: "Bạn và người khác cùng sửa các ô dưới đây. Các ô chỉ một người sửa đã được giữ nguyên. Hãy chọn số giữ lại cho từng ô, rồi lưu.",
  caption: "Các ô cả hai người cùng sửa",
  theirs: "Số của người kia",
  mine: "Số của bạn",
  choice: "Giữ lại",
  choiceFor: "Giữ lại cho “{name}”",
  chooseMine: "Của tôi",
  chooseTheirs: "Của người kia",
  savedBy: "{by}, {at}",
  saveChoices: "Lưu theo lựa chọn",
};
