using System.Buffers;
using System.Text;
using DataPlatform.Infrastructure.Errors;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace DataPlatform.Infrastructure.Http;

/// <summary>
/// Reads a multipart/form-data body as a stream: the text fields first, then the file, whose bytes
/// are left in the request for the handler to copy where they belong (no buffering, no IFormFile
/// spool). The file must be the last part, as curl -F and browsers send it when listed last.
/// </summary>
public sealed class MultipartForm
{
    private const int MaxFields = 32;
    private const int MaxFieldBytes = 64 * 1024;
    private const int ReadBufferBytes = 256 * 1024;

    private MultipartForm(Dictionary<string, string> fields, string? fileName, Stream? file)
    {
        Fields = fields;
        FileName = fileName;
        File = file;
    }

    public IReadOnlyDictionary<string, string> Fields { get; }

    /// <summary>Endpoint metadata: the form a route that also takes JSON reads, for its API description.</summary>
    public sealed record Describes(Type FormType);

    public string? FileName { get; }

    /// <summary>The file's bytes, read straight from the request; null when the form had no file.</summary>
    public Stream? File { get; }

    public string? this[string name] => Fields.GetValueOrDefault(name);

    /// <summary>
    /// An upload's binding: raises the request's body limit to the upload limit (<see cref="UploadLimits"/>),
    /// then reads the text fields up to the file.
    /// </summary>
    public static Task<MultipartForm> ReadUploadAsync(HttpContext http, string fileField, params string[] fieldsBeforeFile)
    {
        UploadLimits.AllowFile(http, http.RequestServices.GetRequiredService<IOptions<DataPlatformOptions>>().Value.MaxDatasetUploadBytes);
        return ReadUntilFileAsync(http.Request, fileField, http.RequestAborted, fieldsBeforeFile);
    }

    /// <summary>
    /// Reads the text fields up to the file. <paramref name="fieldsBeforeFile"/> are the required ones:
    /// when the file comes before one of them, the answer says so, rather than that the field is missing.
    /// </summary>
    public static async Task<MultipartForm> ReadUntilFileAsync(HttpRequest request, string fileField, CancellationToken cancellationToken, params string[] fieldsBeforeFile)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(contentType.Boundary).Value is not { Length: > 0 } boundary)
        {
            throw new UnsupportedMediaTypeException($"Unsupported Content-Type '{request.ContentType}' for {request.Method} {request.Path}; send multipart/form-data.");
        }

        try
        {
            var form = await ReadAsync(new MultipartReader(boundary, request.Body, ReadBufferBytes) { HeadersLengthLimit = 16 * 1024 }, fileField, cancellationToken);
            if (form.File is not null && fieldsBeforeFile.FirstOrDefault(name => !form.Fields.ContainsKey(name)) is { } missing)
            {
                throw new BadRequestException($"'{missing}' is required, before the file: send the text fields first and '{fileField}' last.");
            }

            return form;
        }
        catch (Exception exception) when (IsMalformedBody(exception))
        {
            throw Malformed(exception);
        }
    }

    /// <summary>
    /// Whether reading the body failed because the multipart text is broken (a missing boundary, a bad
    /// part header, a body cut short), as opposed to a body over the size limit (Kestrel's own 413), a
    /// cancelled request or a full disk on the writing side (507).
    /// </summary>
    public static bool IsMalformedBody(Exception exception) =>
        exception is InvalidDataException || (exception is IOException && exception is not BadHttpRequestException && !StorageFull.IsDiskFull(exception));

    public static BadRequestException Malformed(Exception exception) => new(exception is InvalidDataException
        ? $"The multipart/form-data body is malformed: {exception.Message.TrimEnd()}"
        : "The multipart/form-data body is malformed: it ends before its closing boundary.");

    private static async Task<MultipartForm> ReadAsync(MultipartReader reader, string fileField, CancellationToken cancellationToken)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        // One buffer for every field; a large buffer for the reader: the file part is read through it,
        // and small reads cost more than the boundary scan.
        var buffer = ArrayPool<byte>.Shared.Rent(MaxFieldBytes + 1);
        try
        {
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                    || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase))
                {
                    throw new BadRequestException("Every part of the form needs a 'Content-Disposition: form-data' header.");
                }

                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
                if (disposition.IsFileDisposition())
                {
                    if (name != fileField)
                    {
                        throw new BadRequestException($"Unexpected file field '{name}'; the file goes in '{fileField}'.");
                    }

                    var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
                    return new MultipartForm(fields, string.IsNullOrWhiteSpace(fileName) ? "upload" : Path.GetFileName(fileName), new LastPartStream(section.Body, reader, fileField));
                }

                if (fields.Count == MaxFields)
                {
                    throw new BadRequestException($"The form has more than {MaxFields} fields.");
                }

                if (fields.ContainsKey(name))
                {
                    throw new BadRequestException($"The form field '{name}' appears more than once.");
                }

                fields[name] = await ReadFieldAsync(section.Body, name, buffer, cancellationToken);
            }

            return new MultipartForm(fields, null, null);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// The file part's bytes. When they end, the form must end too: a second file (which one would
    /// be kept?) or a field after the file is refused, and whoever was storing the file discards it.
    /// </summary>
    private sealed class LastPartStream(Stream section, MultipartReader reader, string fileField) : Stream
    {
        private bool _checked;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var read = await section.ReadAsync(buffer, cancellationToken);
            if (read == 0 && !_checked)
            {
                _checked = true;
                if (await reader.ReadNextSectionAsync(cancellationToken) is { } next)
                {
                    var name = ContentDispositionHeaderValue.TryParse(next.ContentDisposition, out var disposition) ? HeaderUtilities.RemoveQuotes(disposition.Name).Value : null;
                    throw new BadRequestException(disposition?.IsFileDisposition() == true
                        ? $"The form has more than one file; send exactly one, in '{fileField}'."
                        : $"The form field '{name}' comes after the file; send the file as the last part.");
                }
            }

            return read;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("The request body is read asynchronously.");

        public override void Flush() => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    private static async Task<string> ReadFieldAsync(Stream body, string name, byte[] buffer, CancellationToken cancellationToken)
    {
        var length = 0;
        int read;
        while (length <= MaxFieldBytes && (read = await body.ReadAsync(buffer.AsMemory(length, MaxFieldBytes + 1 - length), cancellationToken)) > 0)
        {
            length += read;
        }

        if (length > MaxFieldBytes)
        {
            throw new BadRequestException($"The form field '{name}' is longer than {MaxFieldBytes / 1024} KiB.");
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer, 0, length);
        }
        catch (DecoderFallbackException)
        {
            throw new BadRequestException($"The form field '{name}' is not valid UTF-8.");
        }
    }
}
