using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SummEval.Benchmarks.Growth;

/// <summary>
/// Deterministic CSL-like documents for scale measurements: Chinese abstracts of about 300 characters in 6-10
/// sentences (CSL's half-width <c>,</c> and <c>.</c>), with a title of about 20 characters as the reference. The text
/// is composed from the word lists below by a seeded <see cref="Random"/>; nothing is copied from a real corpus.
/// </summary>
internal static class SyntheticCorpus
{
    private static readonly string[] Fields =
    [
        "图像分割", "文本分类", "推荐系统", "目标检测", "机器翻译", "故障诊断", "负荷预测", "情感分析", "路径规划", "信号去噪",
        "知识图谱", "语音识别", "交通流预测", "医学影像", "入侵检测", "作物估产", "水质评价", "边缘计算", "无线传感网络", "区块链共识",
    ];

    private static readonly string[] Methods =
    [
        "卷积神经网络", "注意力机制", "支持向量机", "遗传算法", "粒子群优化", "随机森林", "图神经网络", "长短期记忆网络", "模糊聚类", "小波变换",
        "贝叶斯网络", "强化学习", "迁移学习", "稀疏表示", "主成分分析", "条件随机场", "集成学习", "自编码器", "深度残差网络", "多目标优化",
    ];

    private static readonly string[] Problems =
    [
        "精度不高", "收敛速度慢", "计算复杂度高", "泛化能力弱", "对噪声敏感", "样本不平衡", "实时性差", "参数选择困难", "特征冗余", "鲁棒性不足",
    ];

    private static readonly string[] Steps =
    [
        "构建了多尺度特征融合模块", "设计了自适应权重更新策略", "引入了局部约束项", "提出了两阶段训练方法", "利用先验知识初始化参数",
        "采用滑动窗口提取时序特征", "建立了分层优化模型", "结合数据增强扩充训练样本", "改进了损失函数", "使用剪枝策略压缩模型",
    ];

    private static readonly string[] Data =
    [
        "公开数据集", "实测数据", "仿真数据", "某地区三年的监测数据", "标准测试集", "真实生产数据", "多个基准数据集", "现场采集的样本",
    ];

    private static readonly string[] Gains =
    [
        "准确率提高了", "误差降低了", "运行时间缩短了", "召回率提升了", "F1值提高了", "能耗减少了",
    ];

    private static readonly string[] Closings =
    [
        "为相关领域的研究提供了参考", "具有较好的应用前景", "验证了方法的有效性和可行性", "可推广到其他类似问题", "对工程实践具有指导意义",
    ];

    /// <summary>The documents <c>synthetic-0000000</c>... of corpus <paramref name="seed"/>, one JSON object per line.</summary>
    public static IEnumerable<string> Lines(int count, int seed)
    {
        var random = new Random(seed);
        var options = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        var buffer = new MemoryStream();
        for (var i = 0; i < count; i++)
        {
            var (title, content) = Document(random);
            buffer.SetLength(0);
            using (var writer = new Utf8JsonWriter(buffer, options))
            {
                writer.WriteStartObject();
                writer.WriteString("id", $"synthetic-{i:D7}");
                writer.WriteString("title", title);
                writer.WriteString("content", content);
                writer.WriteEndObject();
            }

            yield return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
    }

    /// <summary>Writes <paramref name="count"/> documents to <paramref name="path"/> as JSON Lines (UTF-8, LF).</summary>
    public static void Write(string path, int count, int seed)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false)) { NewLine = "\n" };
        foreach (var line in Lines(count, seed))
        {
            writer.WriteLine(line);
        }
    }

    private static (string Title, string Content) Document(Random random)
    {
        var field = Pick(random, Fields);
        var method = Pick(random, Methods);
        var second = Pick(random, Methods);
        while (second == method)
        {
            second = Pick(random, Methods);
        }

        var text = new StringBuilder(320);

        // The opening states the problem and the method, as CSL abstracts usually do; the title paraphrases it, so
        // lead-1 and textrank find the reference's words where they would in real data.
        text.Append("针对").Append(field).Append("中传统方法").Append(Pick(random, Problems)).Append("的问题,提出一种基于")
            .Append(method).Append("和").Append(second).Append("的").Append(field).Append("方法.");
        var middle = 4 + random.Next(5);
        for (var s = 0; s < middle; s++)
        {
            switch (random.Next(4))
            {
                case 0:
                    text.Append("该方法首先").Append(Pick(random, Steps)).Append(",然后").Append(Pick(random, Steps)).Append('.');
                    break;
                case 1:
                    text.Append("在").Append(method).Append("的基础上,").Append(Pick(random, Steps)).Append(",以缓解").Append(Pick(random, Problems)).Append("的影响.");
                    break;
                case 2:
                    text.Append("在").Append(Pick(random, Data)).Append("上进行了").Append(1 + random.Next(9)).Append("组对比实验,").Append(Pick(random, Gains))
                        .Append(random.Next(1, 30)).Append('.').Append(random.Next(10)).Append("%.");
                    break;
                default:
                    text.Append("与").Append(Pick(random, Methods)).Append("相比,所提方法在").Append(Pick(random, Data)).Append("上").Append(Pick(random, Gains))
                        .Append(random.Next(1, 30)).Append('.').Append(random.Next(10)).Append("%,且克服了").Append(Pick(random, Problems)).Append("的缺点.");
                    break;
            }
        }

        text.Append("实验结果表明,该方法").Append(Pick(random, Closings)).Append('.');
        var title = random.Next(3) switch
        {
            0 => $"基于{method}的{field}方法",
            1 => $"一种改进的{method}{field}算法",
            _ => $"融合{method}与{second}的{field}研究",
        };
        return (title, text.ToString());
    }

    private static string Pick(Random random, string[] words) => words[random.Next(words.Length)];
}
