// Notifications: the mail the outbox sends (lib/format/mail.ts fills it, decision 0038), the dashboard's inbox
// and the choice of the mail's language on the account page. Placeholders are {name}, filled as plain text.
export const mailVi = {
  mail: {
    kinds: {
      submit: {
        subject: "{province}: báo cáo năm {year} chờ duyệt",
        body: "{actor} đã gửi duyệt báo cáo năm {year} của {province}. Báo cáo đang chờ anh/chị duyệt hoặc trả lại.",
      },
      return: {
        subject: "{province}: báo cáo năm {year} bị trả lại",
        body: "{actor} đã trả lại báo cáo năm {year} của {province} để sửa.",
      },
      approve: {
        subject: "{province}: báo cáo năm {year} đã được duyệt",
        body: "{actor} đã duyệt báo cáo năm {year} của {province}. Số liệu đã được công bố.",
      },
      reopen: {
        subject: "{province}: báo cáo năm {year} được mở lại",
        body: "{actor} đã mở lại báo cáo năm {year} của {province}, đã duyệt trước đây, để sửa.",
      },
      reminder: {
        subject: "{province}: báo cáo năm {year} đến hạn ngày {due}",
        body: "Báo cáo năm {year} của {province} cần được gửi duyệt trước hết ngày {due} (còn {days} ngày) và chưa được gửi.",
      },
    },
    greeting: "Kính gửi {name},",
    comment: "Ý kiến: {comment}",
    reason: "Lý do: {comment}",
    open: "Mở báo cáo: {link}",
    footer: "Thư tự động của HTX Dashboard, xin đừng trả lời thư này. Chọn ngôn ngữ của thư tại: {account}",
  },
  inbox: {
    title: "Việc chờ tôi",
    nav: "Việc chờ tôi ({n})",
    intro: "Các báo cáo đang chờ anh/chị xử lý.",
    empty: "Không có báo cáo nào chờ anh/chị.",
    caption: "Báo cáo chờ xử lý",
    colProvince: "Tỉnh, thành phố",
    colYear: "Năm",
    colWhy: "Việc cần làm",
    colDue: "Hạn",
    colOpen: "Mở báo cáo",
    open: "Mở báo cáo năm {year} của {province}",
    reasons: {
      toApprove: "Chờ duyệt",
      returned: "Bị trả lại: {comment}",
      reopened: "Được mở lại: {comment}",
      dueSoon: "Sắp đến hạn (còn {days} ngày)",
      late: "Quá hạn {days} ngày",
    },
    committeeNote: "Các báo cáo quá hạn, để theo dõi (chỉ xem).",
  },
  account: {
    title: "Ngôn ngữ của thư",
    intro: "Thư thông báo (báo cáo gửi duyệt, trả lại, duyệt, mở lại, nhắc hạn) gửi cho anh/chị bằng ngôn ngữ này.",
    legend: "Ngôn ngữ của thư",
    vi: "Tiếng Việt",
    en: "Tiếng Anh (English)",
    save: "Lưu",
    saving: "Đang lưu…",
    saved: "Đã lưu ngôn ngữ của thư.",
    failed: "Chưa lưu được ngôn ngữ của thư.",
  },
};
