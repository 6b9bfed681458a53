namespace DataPlatform.Domain.Projects;

/// <param name="Path">The ZIP entry: <c>artifacts/&lt;artifact id&gt;</c>.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the bytes; an import checks it.</param>
/// <param name="Size">Length in bytes; an import reads no more.</param>
public sealed record ManifestFile(string Path, string Sha256, long Size);
