using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Trainers.FastTree;

namespace SummEval.Compressive.Model;

/// <summary>
/// A Platt-calibrated tree ensemble (FastTree or LightGBM, as trained here) evaluated from flat arrays: the same
/// arithmetic as ML.NET's prediction engine (trees summed in double, the sum cast to float, then the sigmoid cast to
/// float), bit for bit, without a prediction-engine call per word.
/// </summary>
/// <remarks>
/// The engine cost about 12 µs per word (1.9 ms per CSL document, most of compressive's time); walking 300 trees of 15
/// leaves costs a fraction of that. Ensembles with categorical splits or tree weights other than 1 are left to the engine.
/// </remarks>
internal sealed class TreeEnsembleScorer
{
    // Nodes of every tree back to back; a child below zero is ~leaf, the leaf indexing the tree's own leaf values.
    private readonly int[] _treeNode;
    private readonly int[] _treeLeaf;
    private readonly Node[] _nodes;
    private readonly double[] _leafValue;
    private readonly double _bias;
    private readonly double _slope;
    private readonly double _offset;

    private TreeEnsembleScorer(RegressionTreeEnsemble ensemble, PlattCalibrator calibrator)
    {
        var trees = ensemble.Trees;
        _treeNode = new int[trees.Count];
        _treeLeaf = new int[trees.Count];
        var nodes = trees.Sum(t => t.NumberOfNodes);
        _nodes = new Node[nodes];
        _leafValue = new double[trees.Sum(t => t.NumberOfLeaves)];
        int node = 0, leaf = 0;
        for (var t = 0; t < trees.Count; t++)
        {
            var tree = trees[t];
            (_treeNode[t], _treeLeaf[t]) = (node, leaf);
            for (var n = 0; n < tree.NumberOfNodes; n++, node++)
            {
                _nodes[node] = new Node(tree.NumericalSplitFeatureIndexes[n], tree.NumericalSplitThresholds[n], tree.LeftChild[n], tree.RightChild[n]);
            }

            for (var l = 0; l < tree.NumberOfLeaves; l++, leaf++)
            {
                _leafValue[leaf] = tree.LeafValues[l];
            }
        }

        _bias = ensemble.Bias;
        _slope = calibrator.Slope;
        _offset = calibrator.Offset;
    }

    /// <summary>The scorer of <paramref name="classifier"/>, or null when it is not an ensemble this class reproduces exactly.</summary>
    public static TreeEnsembleScorer? TryCreate(ITransformer classifier)
    {
        if (classifier is not ISingleFeaturePredictionTransformer<CalibratedModelParametersBase> { Model: { } model } ||
            model.SubModel is not TreeEnsembleModelParametersBasedOnRegressionTree { TrainedTreeEnsemble: { } ensemble } ||
            model.Calibrator is not PlattCalibrator calibrator)
        {
            return null;
        }

        var plain = ensemble.TreeWeights.All(w => w == 1) &&
            ensemble.Trees.All(t => t.NumberOfNodes > 0 && !t.CategoricalSplitFlags.Any(c => c));
        return plain ? new TreeEnsembleScorer(ensemble, calibrator) : null;
    }

    /// <summary>The calibrated probability of each feature vector.</summary>
    public double[] Probabilities(float[][] features)
    {
        // Tree by tree over all words: the walks of different words are independent, so the processor overlaps them
        // (one word's walk is a chain of dependent loads and compares). Each word still sums its trees in order.
        var sums = new double[features.Length];
        for (var t = 0; t < _treeNode.Length; t++)
        {
            var tree = _nodes.AsSpan(_treeNode[t]);
            var leaves = _leafValue.AsSpan(_treeLeaf[t]);
            for (var i = 0; i < features.Length; i++)
            {
                var vector = features[i];
                var node = 0;
                while (node >= 0)
                {
                    ref readonly var split = ref tree[node];
                    node = vector[split.Feature] <= split.Threshold ? split.Left : split.Right;
                }

                sums[i] += leaves[~node];
            }
        }

        for (var i = 0; i < sums.Length; i++)
        {
            var score = (float)(sums[i] + _bias);
            sums[i] = (float)(1 / (1 + Math.Exp((_slope * score) + _offset)));
        }

        return sums;
    }

    // One split in 16 bytes: a step of the walk reads one cache line, not four arrays.
    private readonly record struct Node(int Feature, float Threshold, int Left, int Right);
}
