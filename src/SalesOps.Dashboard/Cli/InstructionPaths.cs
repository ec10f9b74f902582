using System.Text.RegularExpressions;

namespace SalesOps.Dashboard.Cli;

/// <summary>
/// Where an instruction's files are: <c>root/id/instruction.yaml</c> in, <c>root/id/outputs/final/crm_configuration.yaml</c>
/// out. The id is a plain name (letters, digits, '.', '_', '-'; not '.' or '..'), and both paths are checked to stay
/// inside the root even after links are followed, so no instruction id can reach another folder.
/// </summary>
public sealed partial record InstructionPaths(string Instruction, string Output, string? Error)
{
    public static InstructionPaths Resolve(string memoryRoot, string instructionId)
    {
        if (string.IsNullOrWhiteSpace(memoryRoot))
        {
            return Fail("--memory-root is empty.");
        }

        if (!IdPattern().IsMatch(instructionId ?? "") || instructionId is "." or ".." || instructionId!.Contains("..", StringComparison.Ordinal))
        {
            return Fail($"The instruction id '{instructionId}' is not a plain name: use letters, digits, '.', '_' and '-' only (no '/', '\\' or '..'), up to 100 characters.");
        }

        var root = Path.GetFullPath(memoryRoot);
        if (!Directory.Exists(root))
        {
            return Fail($"The memory root {root} does not exist.");
        }

        var folder = Path.Combine(root, instructionId);
        var instruction = Path.Combine(folder, "instruction.yaml");
        var output = Path.Combine(folder, "outputs", "final", "crm_configuration.yaml");
        foreach (var path in new[] { folder, instruction, Path.Combine(folder, "outputs"), Path.GetDirectoryName(output)!, output })
        {
            if (!Inside(root, path))
            {
                return Fail($"The instruction '{instructionId}' leads outside the memory root {root}.");
            }
        }

        return new InstructionPaths(instruction, output, null);
    }

    // Follows a symbolic link at the instruction's folder or file: a link out of the root is refused like '..' is.
    private static bool Inside(string root, string path)
    {
        var info = new FileInfo(path);
        var target = info.LinkTarget is not null ? info.ResolveLinkTarget(returnFinalTarget: true)?.FullName : null;
        if (target is null && Directory.Exists(path) && new DirectoryInfo(path).LinkTarget is not null)
        {
            target = new DirectoryInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName;
        }

        var full = Path.GetFullPath(target ?? path);
        var prefix = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        return full.StartsWith(prefix, StringComparison.Ordinal);
    }

    private static InstructionPaths Fail(string message) => new("", "", message);

    [GeneratedRegex("^[A-Za-z0-9._-]{1,100}$")]
    private static partial Regex IdPattern();
}
