import { authVi } from "./auth/vi";
import { dashboardVi } from "./dashboard/vi";
import { reportFormVi } from "./reportForm/vi";
import { registerVi } from "./register/vi";
import { chartsVi } from "./charts/vi";
import { summaryVi } from "./summary/vi";
import { findVi } from "./find/vi";
import { errorsVi } from "./errors/vi";
import { slidesVi } from "./slides/vi";
import { mapVi } from "./map/vi";
import { trendsVi } from "./trends/vi";
import { termFilesVi } from "./term-files/vi";
import { commentsVi } from "./comments/vi";
import { progressBoardVi } from "./progress/vi";
import { sourcesVi } from "./sources/vi";
import { mailVi } from "./mail/vi";
import { conflictsVi } from "./conflicts/vi";
import { smallVi } from "./small/vi";

// The source of truth for UI text: en.ts must have exactly these keys (its type is derived from this object).
// Placeholders are written {name} and filled by lib/i18n/fill.ts.
export const vi = {
  meta: {
    product: "HTX Dashboard",
    description:
      "Số liệu hợp tác xã, liên hiệp hợp tác xã, tổ hợp tác và quỹ tín dụng nhân dân theo tỉnh, năm và nhiệm kỳ, kèm nguồn của từng con số.",
  },
  nav: {
    label: "Điều hướng chính",
    provinces: "Tỉnh, thành phố",
    skip: "Bỏ qua, đến nội dung chính",
    switchTo: "English",
    switchLabel: "Switch to English",
  },
  // Above every page when the database holds the synthetic country (npm start -- --synthetic).
  synthetic: {
    banner: "Dữ liệu mô phỏng — không phải số liệu thật",
  },
  footer: {
    sources:
      "Mọi con số lấy từ nguồn được trích dẫn: bấm “Nguồn” cạnh con số để xem bài viết và câu trích. Chỉ hiển thị số liệu đã được duyệt.",
  },
  home: {
    title: "Kinh tế tập thể theo tỉnh, thành phố",
    intro:
      "Số hợp tác xã, tổ hợp tác, thành viên và thu nhập mà Liên minh Hợp tác xã các tỉnh đã công bố, theo từng năm và từng nhiệm kỳ, kèm nguồn của mỗi con số.",
    counts: "{all} tỉnh, thành phố trước {date}; {current} tỉnh, thành phố hiện nay.",
    countsNoMerger: "{current} tỉnh, thành phố.",
    caption: "Các tỉnh, thành phố đã có số liệu: số của năm gần nhất đã duyệt",
    colProvince: "Tỉnh, thành phố",
    colYear: "Năm",
    colCoops: "Số HTX",
    colCoopsNew: "HTX thành lập mới",
    colGroups: "Số tổ hợp tác",
    colMembers: "Thành viên và người lao động",
    colIncome: "Thu nhập bình quân",
    membersOnly: "chỉ thành viên",
    noReport: "chưa có báo cáo năm",
    terms: "{n} nhiệm kỳ",
    termsOne: "1 nhiệm kỳ",
    empty: "Chưa có tỉnh, thành phố nào có số liệu được duyệt.",
    mergedBadge: "đã sáp nhập vào {name}",
    inferredBadge: "tỉnh do suy luận",
    unconfirmedBadge: "tỉnh chưa xác nhận",
    attributionHelp: "Có nguồn không nêu tên tỉnh; trang của tỉnh ghi rõ vì sao số liệu được gán cho tỉnh này.",
    missing: "không có số liệu",
  },
  province: {
    city: "Thành phố trực thuộc trung ương",
    formerName: "Tên cũ: {name}",
    validSince: "Địa giới hiện hành từ {from}",
    validBetween: "Tồn tại từ {from} đến {until}",
    mergedNotice: "Tỉnh đã sáp nhập vào {successor} từ {date}.",
    mergedDetail: "Số liệu dưới đây là của {name} trước khi sáp nhập; chúng vẫn thuộc tỉnh đã báo cáo.",
    absorbedTitle: "Các tỉnh đã sáp nhập vào {name}",
    absorbedItem: "{province}, từ {date}",
    absorbedNote: "Số liệu của từng tỉnh cũ nằm ở trang riêng của tỉnh đó.",
    sections: "Mục trong trang",
    noData: "Chưa có số liệu được duyệt hay nhiệm kỳ nào cho tỉnh này.",
  },
  terms: {
    title: "Theo nhiệm kỳ",
    none: "Chưa có nhiệm kỳ nào được ghi nhận.",
    heading: "Nhiệm kỳ {years}",
    headingCongress: "Đại hội {congress}, nhiệm kỳ {years}",
    yearsInferred: "năm suy luận",
    noTargets: "Nhiệm kỳ này chưa có chỉ tiêu định lượng trong nguồn.",
    caption: "Mục tiêu và kết quả nhiệm kỳ {years}",
    kinds: {
      TERM_TOTAL: "Tổng cả nhiệm kỳ",
      ANNUAL: "Hằng năm",
      END_LEVEL: "Mức cuối nhiệm kỳ",
      GROWTH: "Tăng so với nhiệm kỳ trước",
    },
    targetYear: "năm {year}",
    orMore: "trở lên",
  },
  years: {
    title: "Theo năm",
    none: "Chưa có báo cáo năm nào được duyệt.",
    heading: "Năm {year}",
    approvedOn: "duyệt ngày {date}",
    caption: "Số liệu năm {year}",
    colIndicator: "Chỉ tiêu",
    colValue: "Giá trị",
    colNotes: "Ghi chú",
    cumulative: "cộng dồn {from}–{to}",
    period: "giai đoạn {from}–{to}",
    groups: {
      units: "Số tổ chức",
      people: "Thành viên, người lao động",
      finance: "Tài chính, thu nhập",
      quality: "Chất lượng, hiệu quả",
      support: "Hỗ trợ",
      other: "Khác",
    },
  },
  flags: {
    derived: "suy ra",
    derivedHelp: "Nguồn không nêu trực tiếp; chúng tôi tính từ các con số khác của nguồn.",
    estimate: "ước tính",
    estimateHelp: "Nguồn ghi là ước đạt hoặc dự kiến.",
    ambiguous: "chưa rõ nghĩa",
    ambiguousHelp: "Câu của nguồn có thể hiểu theo nhiều cách.",
    creditIn: "gồm QTDND",
    creditOut: "không gồm QTDND",
    creditUnknown: "không rõ có gồm QTDND",
    creditHelp: "Nguồn có khi tính quỹ tín dụng nhân dân vào số HTX, có khi tính riêng.",
    // A total or average inherits its inputs' flags (lib/domain/flags.ts); {names} are the provinces behind each.
    inherited: {
      unconfirmed: "tỉnh chưa xác nhận",
      inferred: "tỉnh suy luận",
      unconfirmedText: "Gồm số liệu từ bài báo không nêu tên tỉnh, được gán cho {names} nhưng chưa xác nhận.",
      inferredText: "Gồm số liệu từ bài báo không nêu tên tỉnh, được gán cho {names} theo suy luận.",
      derivedText: "Gồm số liệu của {names} do chúng tôi suy ra, nguồn không nêu trực tiếp.",
      estimateText: "Gồm số liệu ước tính của {names}.",
      ambiguousText: "Gồm số liệu của {names} mà câu của nguồn có thể hiểu theo nhiều cách.",
    },
  },
  attribution: {
    INFERRED: "Bài báo không nêu tên tỉnh; gán cho tỉnh này theo suy luận: {note}",
    UNCONFIRMED:
      "Chưa xác nhận: bài báo không nêu tên tỉnh, và việc gán cho tỉnh này là suy đoán chưa được kiểm chứng: {note}",
    source: "Nguồn: {title}",
  },
  source: {
    button: "Nguồn",
    buttonFor: "Nguồn: {what}",
    close: "Đóng",
    published: "Đăng ngày {date}",
    event: "Sự kiện ngày {date}",
    open: "Mở bài gốc",
    quote: "Câu trích",
    gloss: "Dịch",
    note: "Ghi chú",
    none: "Chưa ghi nguồn",
  },
  dimensions: {
    values: {
      tea: "chè",
      livestock: "chăn nuôi",
      crops: "trồng trọt, chế biến",
      agriculture: "nông nghiệp",
      "non-agriculture": "phi nông nghiệp",
      exemplary: "HTX tiêu biểu",
      "thon-chang": "mô hình thôn Chang",
    },
  },
  notFound: {
    title: "Không tìm thấy trang",
    body: "Địa chỉ này không có trong HTX Dashboard.",
    province: "Không có tỉnh, thành phố nào với địa chỉ này.",
    back: "Về danh sách tỉnh, thành phố",
  },
  error: {
    title: "Chưa tải được trang",
    body: "Đã có lỗi phía máy chủ. Xin thử lại sau ít phút; nếu lỗi còn, hãy báo cho quản trị viên.",
    retry: "Thử lại",
  },
  loading: "Đang tải số liệu…",
  status: {
    EXCEEDED: "Vượt mục tiêu",
    ACHIEVED: "Đạt",
    NOT_MET: "Chưa đạt",
    INCONCLUSIVE: "Chưa kết luận được",
    NO_DATA: "Chưa có số liệu",
    ON_TRACK: "Đúng tiến độ",
    BEHIND: "Chậm tiến độ",
    exceededBy: "vượt {pct}",
    exceededByAtLeast: "vượt ít nhất {pct}",
    inconclusiveHelp: "Kết quả là một khoảng hoặc mức tối thiểu, nằm hai bên mục tiêu: nguồn không cho phép nói là đạt hay chưa.",
    approximate: "xấp xỉ",
    running: "nhiệm kỳ đang diễn ra",
    expected: "theo tiến độ cần đạt {value}",
  },
  charts: chartsVi,
  summary: summaryVi,
  auth: authVi,
  dashboard: dashboardVi,
  reportForm: reportFormVi,
  register: registerVi,
  find: findVi,
  errors: errorsVi,
  slides: slidesVi,
  map: mapVi,
  trends: trendsVi,
  termFiles: termFilesVi,
  comments: commentsVi,
  progressBoard: progressBoardVi,
  sources: sourcesVi,
  notifications: mailVi,
  conflicts: conflictsVi,
  small: smallVi,
};
