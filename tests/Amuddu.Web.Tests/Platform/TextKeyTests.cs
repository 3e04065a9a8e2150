using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;

namespace Amuddu.Web.Tests.Platform;

/// <summary>
/// Every text key the code and the pages ask the localizer for exists in French, Arabic and English,
/// so nobody ever reads a raw key such as "Decisions.Stale". The sources of src/Amuddu.Web are scanned:
/// literal keys given to a localizer (<c>T["…"]</c>, <c>text["…"]</c>, <c>check.Text["…"]</c>, every
/// branch of a conditional or switch inside the brackets), labels passed to the validation helpers
/// (every method with a <c>string label</c> parameter), components' text parameters (<c>Label="…"</c>,
/// <c>Prefix="…"</c>), and keys built from an enum (<c>T[$"Sex.{value}"]</c>, <c>&lt;EnumOptions TEnum="Sex" Prefix="Sex"&gt;</c>):
/// each member of that enum must have its text.
/// </summary>
public sealed partial class TextKeyTests
{
    private static readonly string[] Cultures = ["", "ar", "en"];

    [Fact]
    public void Every_text_key_used_in_code_and_pages_exists_in_the_three_languages()
    {
        var scan = SourceScan.Of(Source());
        var missing = new List<string>();
        foreach (var culture in Cultures)
        {
            var keys = Keys(culture);
            var name = culture.Length == 0 ? "fr" : culture;
            missing.AddRange(scan.Keys.Where(k => !keys.Contains(k.Key)).Select(k => $"{name}: {k.Key} ({k.Where})"));
            missing.AddRange(scan.Prefixes.Where(p => !keys.Any(k => k.StartsWith(p.Key, StringComparison.Ordinal)))
                .Select(p => $"{name}: no key starts with {p.Key} ({p.Where})"));
            foreach (var (prefix, enumName, where) in scan.EnumFamilies)
            {
                var type = EnumType(enumName);
                missing.AddRange(Shown(type).Select(m => prefix + m).Where(k => !keys.Contains(k))
                    .Select(k => $"{name}: {k} (every {enumName} from {where})"));
            }

            // An interpolated key over an enum ("Referral.Status.{status}"): the enum named by the prefix's last segments
            // (ReferralStatus, Status) must have a text for each member, once it has one for any.
            foreach (var prefix in scan.Prefixes.Select(p => p.Key).Distinct())
            {
                foreach (var type in EnumsNamedBy(prefix))
                {
                    var names = Shown(type);
                    if (names.Any(m => keys.Contains(prefix + m)))
                    {
                        missing.AddRange(names.Where(m => !keys.Contains(prefix + m)).Select(m => $"{name}: {prefix}{m} (every {type.Name} under {prefix})"));
                    }
                }
            }
        }

        // A scan that finds nothing would pass: make sure it reads the sources it should.
        Assert.True(scan.Keys.Count > 1000, $"Only {scan.Keys.Count} literal keys found.");
        Assert.True(scan.Prefixes.Count > 50, $"Only {scan.Prefixes.Count} key prefixes found.");
        Assert.True(scan.EnumFamilies.Count > 10, $"Only {scan.EnumFamilies.Count} enum option lists found.");
        Assert.Contains(scan.Keys, k => k.Key == "FieldRequired");
        Assert.Contains(scan.Keys, k => k.Where.Contains("label", StringComparison.Ordinal));
        Assert.True(missing.Count == 0, "Text keys missing:\n" + string.Join('\n', missing.Distinct().Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void The_scan_finds_keys_in_every_form_the_code_uses()
    {
        var scan = SourceScan.Of([("A.cs", """
            var a = text["Decisions.Stale"];
            var b = T[done ? "Done.Yes" : "Done.No", count];
            var c = check.Text[$"Sex.{value}"];
            errors.Required("name", request.Name, "People.Name");
            var d = text[name == "min" ? "Rule.Min" : "Rule.Max"];
            """), ("B.razor", """<EnumOptions TEnum="Sex" Selected="x" Prefix="People.Sex" /><Text Label="Offer.Title" Name="t" />""")],
            components: new Dictionary<string, ComponentTexts> { ["EnumOptions"] = new([], ["Prefix"]), ["Text"] = new(["Label"], []) },
            labels: new Dictionary<string, List<(int, int, int)>> { ["Required"] = [(3, 3, 2)] });

        Assert.Equal(["Decisions.Stale", "Done.No", "Done.Yes", "Offer.Title", "People.Name", "Rule.Max", "Rule.Min"],
            scan.Keys.Select(k => k.Key).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(["Sex.", "People.Sex."], scan.Prefixes.Select(p => p.Key));
        Assert.Equal(("People.Sex.", "Sex"), (scan.EnumFamilies[0].Prefix, scan.EnumFamilies[0].Enum));
    }

    private static HashSet<string> Keys(string culture)
    {
        var manager = new ResourceManager("Amuddu.Web.Resources.SharedResource", typeof(SharedResource).Assembly);
        var set = manager.GetResourceSet(culture.Length == 0 ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(culture), true, false)
            ?? throw new InvalidOperationException($"No texts for '{culture}'.");
        return [.. set.Cast<System.Collections.DictionaryEntry>().Select(e => (string)e.Key)];
    }

    // A [Flags] enum's None is the absence of every flag, never a choice shown by name.
    private static string[] Shown(Type type) =>
        type.IsDefined(typeof(FlagsAttribute), false)
            ? [.. Enum.GetNames(type).Where(n => Convert.ToInt64(Enum.Parse(type, n), System.Globalization.CultureInfo.InvariantCulture) != 0)]
            : Enum.GetNames(type);

    private static IEnumerable<Type> EnumsNamedBy(string prefix)
    {
        var segments = prefix.TrimEnd('.').Split('.');
        static string Singular(string word) => word.EndsWith('s') ? word[..^1] : word;
        var last = segments[^1];
        var names = new HashSet<string>(StringComparer.Ordinal) { last, Singular(last) };
        if (segments.Length > 1)
        {
            names.Add(segments[^2] + last);
            names.Add(Singular(segments[^2]) + last);
        }

        return WebEnums().Where(t => names.Contains(t.Name));
    }

    private static IEnumerable<Type> WebEnums() => typeof(SharedResource).Assembly.GetTypes().Where(t => t.IsEnum);

    private static Type EnumType(string name) =>
        WebEnums().SingleOrDefault(t => t.Name == name) ?? throw new InvalidOperationException($"No enum {name} in Amuddu.Web.");

    private static List<(string Path, string Text)> Source()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Amuddu.slnx")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("Amuddu.slnx not found above the test folder.");
        }

        var web = Path.Combine(root, "src", "Amuddu.Web");
        return [.. Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (Path.GetRelativePath(web, f), File.ReadAllText(f)))];
    }

    /// <summary>Which parameters of a Razor component are text keys, and which are key prefixes ("{Prefix}.{value}").</summary>
    internal sealed record ComponentTexts(List<string> KeyParameters, List<string> PrefixParameters);

    internal sealed partial class SourceScan
    {
        public List<(string Key, string Where)> Keys { get; } = [];
        public List<(string Key, string Where)> Prefixes { get; } = [];
        public List<(string Prefix, string Enum, string Where)> EnumFamilies { get; } = [];

        public static SourceScan Of(List<(string Path, string Text)> files,
            Dictionary<string, ComponentTexts>? components = null, Dictionary<string, List<(int Min, int Max, int Index)>>? labels = null)
        {
            components ??= Components(files);
            labels ??= LabelMethods(files);
            var scan = new SourceScan();
            foreach (var (path, text) in files)
            {
                scan.Localizers(path, text);
                scan.Labels(path, text, labels);
                scan.ComponentUses(path, text, components);
            }

            return scan;
        }

        // T["Key"], text["Key", arg], check.Text[cond ? "A" : "B"]: the literals of the first argument.
        private void Localizers(string path, string text)
        {
            foreach (Match match in Localizer().Matches(text))
            {
                var open = match.Index + match.Length - 1;
                var inside = Balanced(text, open, ']');
                var first = Arguments(inside).FirstOrDefault() ?? "";
                var where = $"{path}:{Line(text, match.Index)}";
                foreach (Match literal in Literal().Matches(first))
                {
                    var value = literal.Groups["value"].Value;
                    if (Comparison().IsMatch(first[..literal.Index]))
                    {
                        continue; // name == "min" ? …: a value compared, not a key.
                    }

                    if (literal.Groups["interpolated"].Success)
                    {
                        var hole = value.IndexOf('{', StringComparison.Ordinal);
                        if (hole < 0)
                        {
                            Keys.Add((value, where));
                        }
                        else if (hole > 0)
                        {
                            Prefixes.Add((value[..hole], where));
                        }
                    }
                    else
                    {
                        Keys.Add((value, where));
                    }
                }
            }
        }

        // errors.Required("name", value, "People.Name"): the argument at the position of a "string label" parameter.
        private void Labels(string path, string text, Dictionary<string, List<(int Min, int Max, int Index)>> labels)
        {
            foreach (Match call in Call().Matches(text))
            {
                if (!labels.TryGetValue(call.Groups["name"].Value, out var overloads))
                {
                    continue;
                }

                var arguments = Arguments(Balanced(text, call.Index + call.Length - 1, ')'));
                var named = arguments.FirstOrDefault(a => a.StartsWith("label:", StringComparison.Ordinal));
                var label = named?["label:".Length..].Trim()
                    ?? overloads.Where(o => arguments.Count >= o.Min && arguments.Count <= o.Max).Select(o => arguments[o.Index]).FirstOrDefault();
                if (label is not null && PlainLiteral().Match(label) is { Success: true } literal)
                {
                    Keys.Add((literal.Groups["value"].Value, $"{path}:{Line(text, call.Index)} label"));
                }
            }
        }

        // <Text Label="Offer.Title" /> and <EnumOptions TEnum="Sex" Prefix="People.Sex" />.
        private void ComponentUses(string path, string text, Dictionary<string, ComponentTexts> components)
        {
            if (!path.EndsWith(".razor", StringComparison.Ordinal))
            {
                return;
            }

            foreach (Match tag in Tag().Matches(text))
            {
                if (!components.TryGetValue(tag.Groups["name"].Value, out var texts))
                {
                    continue;
                }

                var attributes = Attribute().Matches(tag.Value).ToDictionary(a => a.Groups["name"].Value, a => a.Groups["value"].Value);
                var where = $"{path}:{Line(text, tag.Index)} <{tag.Groups["name"].Value}>";
                foreach (var parameter in texts.KeyParameters)
                {
                    if (attributes.TryGetValue(parameter, out var key) && IsKeyLike(key))
                    {
                        Keys.Add((key, where));
                    }
                }

                foreach (var parameter in texts.PrefixParameters)
                {
                    if (attributes.TryGetValue(parameter, out var prefix) && IsKeyLike(prefix))
                    {
                        Prefixes.Add((prefix + ".", where));
                        if (attributes.TryGetValue("TEnum", out var enumName))
                        {
                            EnumFamilies.Add((prefix + ".", enumName, where));
                        }
                    }
                }
            }
        }

        /// <summary>The components whose parameters are given to the localizer: T[Label] or T[$"{Prefix}.{value}"].</summary>
        private static Dictionary<string, ComponentTexts> Components(List<(string Path, string Text)> files)
        {
            var components = new Dictionary<string, ComponentTexts>(StringComparer.Ordinal);
            foreach (var (path, text) in files.Where(f => f.Path.EndsWith(".razor", StringComparison.Ordinal)))
            {
                var parameters = ParameterProperty().Matches(text).Select(m => m.Groups["name"].Value).ToHashSet(StringComparer.Ordinal);
                var keys = parameters.Where(p => text.Contains($"T[{p}]", StringComparison.Ordinal)).ToList();
                var prefixes = parameters.Where(p => text.Contains($"T[$\"{{{p}}}.", StringComparison.Ordinal)).ToList();
                if (keys.Count + prefixes.Count > 0)
                {
                    components[Path.GetFileNameWithoutExtension(path)] = new(keys, prefixes);
                }
            }

            return components;
        }

        /// <summary>Every method with a <c>string label</c> parameter: its name, how many arguments it takes, where the label is.</summary>
        private static Dictionary<string, List<(int Min, int Max, int Index)>> LabelMethods(List<(string Path, string Text)> files)
        {
            var methods = new Dictionary<string, List<(int, int, int)>>(StringComparer.Ordinal);
            foreach (var (_, text) in files)
            {
                foreach (Match declaration in MethodDeclaration().Matches(text))
                {
                    var parameters = Arguments(Balanced(text, declaration.Index + declaration.Length - 1, ')'));
                    var index = parameters.FindIndex(p => LabelParameter().IsMatch(p));
                    if (index < 0)
                    {
                        continue;
                    }

                    var optional = parameters.Count(p => p.Contains('=', StringComparison.Ordinal));
                    var name = declaration.Groups["name"].Value;
                    if (!methods.TryGetValue(name, out var list))
                    {
                        methods[name] = list = [];
                    }

                    list.Add((parameters.Count - optional, parameters.Count, index));
                }
            }

            return methods;
        }

        private static bool IsKeyLike(string value) => value.Length > 0 && !value.StartsWith('@') && !value.Contains(' ', StringComparison.Ordinal);

        private static int Line(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;

        /// <summary>The text between the bracket at <paramref name="open"/> and its match, skipping strings.</summary>
        private static string Balanced(string text, int open, char closing)
        {
            var depth = 0;
            for (var i = open; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '"')
                {
                    i = EndOfString(text, i);
                    continue;
                }

                if (c == '\'' && i + 2 < text.Length && (text[i + 2] == '\'' || text[i + 1] == '\\'))
                {
                    i = text.IndexOf('\'', i + 2);
                    continue;
                }

                if (c is '[' or '(' or '{')
                {
                    depth++;
                }
                else if (c is ']' or ')' or '}')
                {
                    depth--;
                    if (depth == 0)
                    {
                        return c == closing ? text[(open + 1)..i] : "";
                    }
                }
            }

            return "";
        }

        private static int EndOfString(string text, int quote)
        {
            var verbatim = quote > 0 && (text[quote - 1] == '@' || (quote > 1 && text[quote - 2] == '@'));
            if (quote + 2 < text.Length && text[quote + 1] == '"' && text[quote + 2] == '"')
            {
                var end = text.IndexOf("\"\"\"", quote + 3, StringComparison.Ordinal);
                return end < 0 ? text.Length : end + 2;
            }

            var holes = 0;
            for (var i = quote + 1; i < text.Length; i++)
            {
                switch (text[i])
                {
                    case '\\' when !verbatim:
                        i++;
                        break;
                    case '{':
                        holes++;
                        break;
                    case '}':
                        holes--;
                        break;
                    case '"' when holes > 0:
                        i = EndOfString(text, i);
                        break;
                    case '"':
                        return i;
                }
            }

            return text.Length;
        }

        /// <summary>The top-level, comma-separated arguments of an argument list.</summary>
        private static List<string> Arguments(string list)
        {
            var arguments = new List<string>();
            var depth = 0;
            var start = 0;
            for (var i = 0; i < list.Length; i++)
            {
                var c = list[i];
                if (c == '"')
                {
                    i = EndOfString(list, i);
                }
                else if (c is '[' or '(' or '{' || (c == '<' && i + 1 < list.Length && char.IsUpper(list[i + 1])))
                {
                    depth++;
                }
                else if (c is ']' or ')' or '}' || (c == '>' && depth > 0 && i > 0 && char.IsLetterOrDigit(list[i - 1]) && list[i - 1] != '=' ))
                {
                    depth--;
                }
                else if (c == ',' && depth == 0)
                {
                    arguments.Add(list[start..i].Trim());
                    start = i + 1;
                }
            }

            if (list.Trim().Length > 0)
            {
                arguments.Add(list[start..].Trim());
            }

            return arguments;
        }

        [GeneratedRegex(@"(?:(?<![\w.@""])(?:T|text|localizer|Localizer)|(?<=\.)Text)\[")]
        private static partial Regex Localizer();

        [GeneratedRegex(@"(?<interpolated>\$)?""(?<value>(?:[^""\\]|\\.)*)""")]
        private static partial Regex Literal();

        [GeneratedRegex(@"^""(?<value>[A-Za-z][\w.]*)""$")]
        private static partial Regex PlainLiteral();

        [GeneratedRegex(@"(==|!=|\bis|\bis not)\s*\$?$")]
        private static partial Regex Comparison();

        [GeneratedRegex(@"\b(?<name>[A-Z]\w*)(?:<[\w.?, ]+>)?\(")]
        private static partial Regex Call();

        [GeneratedRegex(@"(?:public|private|internal|protected|static)[\w<>?,\s\[\]]*?\s(?<name>[A-Z]\w*)(?:<[\w, ]+>)?\(")]
        private static partial Regex MethodDeclaration();

        [GeneratedRegex(@"^string\??\s+label$")]
        private static partial Regex LabelParameter();

        [GeneratedRegex(@"<(?<name>[A-Z]\w*)\b[^>]*>")]
        private static partial Regex Tag();

        [GeneratedRegex(@"\b(?<name>[A-Z]\w*)=""(?<value>[^""]*)""")]
        private static partial Regex Attribute();

        [GeneratedRegex(@"\[Parameter[^\]]*\]\s*public\s+[\w<>?,\s\[\]]+?\s(?<name>[A-Z]\w*)\s*\{")]
        private static partial Regex ParameterProperty();
    }
}
