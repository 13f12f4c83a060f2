namespace SummEval.Testing;

/// <summary>Official documents (公文) as users paste them: a title, a number, a salutation, the body, the issuer over the date, a note on publication.</summary>
public static class OfficialTexts
{
    /// <summary>A ministry's notice: title, salutation, numbered body, issuer and date.</summary>
    public const string Notice = "关于做好2021年春季农业生产工作的通知\n各省、自治区、直辖市农业农村厅（局）：\n为贯彻落实中央农村工作会议精神，切实抓好春季农业生产，现将有关事项通知如下：\n一、稳定粮食播种面积，确保全年粮食产量保持在1.3万亿斤以上。\n二、加强农资供应保障，做好化肥、种子等农资的调运和储备。\n三、强化农业防灾减灾，提前做好病虫害监测预警。\n农业农村部办公厅\n2021年2月8日";

    /// <summary>The State Council's opinion: its issuer in the title, its number, a salutation with a comma, and the note on publication.</summary>
    public const string Opinion = "国务院办公厅关于加强农村学校体育工作的意见\n国办发〔2021〕12号\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n农村学校体育是促进学生健康成长的重要途径。为进一步加强农村学校体育工作，经国务院同意，现提出如下意见。\n一、配齐配强体育教师，保障农村学校开足开好体育课。\n二、改善体育场地设施条件，推动学校体育场馆向社会开放。\n国务院办公厅\n2021年5月10日\n（此件公开发布）";

    /// <summary>A school's letter to parents, dated in Chinese numerals.</summary>
    public const string Letter = "尊敬的各位家长：\n为做好寒假期间学生安全工作，学校将于1月20日开始放假，2月25日正式开学。请各位家长加强对孩子的安全教育，督促孩子按时完成寒假作业。\n某某小学\n二〇二一年一月十五日";

    /// <summary>A year's work report: its title over headings numbered 一、 and （一）, each on a line of its own.</summary>
    public const string WorkReport = "2021年度工作总结\n一、主要工作完成情况\n（一）业务发展稳步推进。全年实现营业收入5.2亿元，同比增长12%，完成年度目标的104%。\n（二）内部管理持续加强。修订完善管理制度23项，开展内部审计4次。\n二、存在的问题\n一是市场开拓力度不够，新客户增长缓慢；二是人才队伍建设滞后。";

    /// <summary>A police bureau's report on an incident: a short title over one long paragraph, the issuer and the date.</summary>
    public const string PoliceReport = "警情通报\n2026年12月1日18时许，我局接群众报警称，某小区内一男子持刀伤人。接警后，民警迅速到场处置，将犯罪嫌疑人王某（男，35岁）当场控制，伤者已送医救治，暂无生命危险。目前，案件正在进一步侦办中。\n某市公安局\n2026年12月2日";

    /// <summary>A company's apology: a heading that names only its kind over one paragraph, and the closing formula.</summary>
    public const string Apology = "致歉声明\n近日，我公司在产品宣传中使用了不实表述，对广大消费者造成了误导，我们对此深表歉意。公司已立即下架相关宣传内容，并将全面整改，严格审核对外宣传材料，杜绝此类问题再次发生。\n特此声明。";

    /// <summary>Whether <paramref name="summary"/> keeps a heading's number (一、, 二、) or runs the title into the heading after it.</summary>
    public static bool KeepsAHeadingsNumber(string summary) => summary.Contains("一、", StringComparison.Ordinal) || summary.Contains("二、", StringComparison.Ordinal) || summary.Contains("总结一", StringComparison.Ordinal);

    /// <summary>Every document above.</summary>
    public static readonly IReadOnlyList<string> All = [Notice, Opinion, Letter, PoliceReport, Apology];

    /// <summary>Whether <paramref name="summary"/> holds text that only a document's number, salutation, signature, note or kind's heading holds.</summary>
    public static bool TakesFromAField(string summary) => Array.Exists(FieldOnly, summary.Contains);

    private static readonly string[] FieldOnly =
    [
        "各省", "自治区", "农业农村厅", "国务院各部委", "直属机构", "国办发", "〔", "尊敬", "家长：", "农业农村部办公厅", "某某小学", "2021年2月8日", "2021年5月10日",
        "二〇二一", "此件", "：", "某市公安局", "2026年12月2日", "警情通报", "致歉声明", "特此声明",
    ];
}
