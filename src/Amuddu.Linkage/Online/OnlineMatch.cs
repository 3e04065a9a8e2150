using Amuddu.Linkage.Scoring;

namespace Amuddu.Linkage.Online;

/// <summary>A person already on file who may be the one registering, with the record that matched best and why.</summary>
public sealed record OnlineMatch(string PersonId, string RecordId, double Score, MatchExplanation Explanation);
