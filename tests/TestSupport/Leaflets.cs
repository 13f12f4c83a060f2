namespace SummEval.Testing;

/// <summary>
/// A medicine's package leaflet: its sections under 【】 labels, some a word or two long (<c>【用法用量】口服。</c>), or its
/// cautions as a list under a heading alone on its line (<c>注意事项</c>).
/// </summary>
public static class Leaflets
{
    /// <summary>An antibiotic's leaflet under its title.</summary>
    public const string Amoxicillin = "阿莫西林胶囊说明书\n请仔细阅读说明书并在医师指导下使用。\n【药品名称】通用名称：阿莫西林胶囊 英文名称：Amoxicillin Capsules\n【成份】本品主要成份为阿莫西林。\n【性状】本品内容物为白色或类白色粉末。\n【适应症】阿莫西林适用于敏感菌所致的中耳炎、鼻窦炎、咽炎、扁桃体炎等上呼吸道感染以及泌尿生殖道感染。\n【用法用量】口服。成人一次0.5g，每6～8小时1次，一日剂量不超过4g。\n【不良反应】恶心、呕吐、腹泻及假膜性肠炎等胃肠道反应。\n【禁忌】青霉素过敏及青霉素皮肤试验阳性患者禁用。";

    /// <summary>A lotion's cautions: a numbered list under <c>注意事项</c>, the second item opening on <c>使用前</c>.</summary>
    public const string LotionCautions = "炉甘石洗剂\n注意事项\n1. 本品仅供外用，切忌口服。\n2. 使用前请摇匀，涂抹于患处，每日2至3次。\n3. 如出现皮肤过敏，请立即停止使用并咨询医生。";
}
