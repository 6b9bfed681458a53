using System.Net;
using System.Text;
using DataPlatform.Tests.Support;

namespace DataPlatform.Tests.Features.Platform.Datasets;

/// <summary><c>GET /api/datasets/{id}/rows</c>: any page of any version's rows, typed as the profile typed the columns, bounded in size.</summary>
public abstract class DatasetRowsTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : TestApp
{
    private readonly TestApp app = app.RequireDatabase();

    [Fact]
    public async Task A_page_deep_in_the_file_has_its_rows_typed()
    {
        var owner = await app.RegisterAsync();
        var csv = new StringBuilder("id,amount,paid,day,note\n");
        for (var i = 0; i < 120; i++)
        {
            csv.Append(i).Append(',').Append(i * 1.5).Append(',').Append(i % 2 == 0 ? "true" : "false").Append(",2026-01-").Append(((i % 28) + 1).ToString("00", System.Globalization.CultureInfo.InvariantCulture))
                .Append(',').Append(i % 10 == 0 ? "" : $"n{i}").Append('\n');
        }

        var dataset = (await owner.UploadAsync(await owner.CreateProjectAsync(), "Rows", csv.ToString())).Id("dataset_id");

        var page = await (await owner.Client.GetAsync($"/api/datasets/{dataset}/rows?offset=100&limit=50")).ReadJsonAsync();

        Assert.Equal(100, page["offset"]!.GetValue<long>());
        Assert.Equal(50, page["limit"]!.GetValue<int>());
        Assert.Equal(120, page["total"]!.GetValue<long>());
        Assert.Equal(0, page["version"]!.GetValue<long>());
        Assert.Equal(["id:int64", "amount:float64", "paid:bool", "day:datetime64", "note:object"], page["columns"]!.AsArray().Select(c => $"{c!["name"]}:{c["dtype"]}"));
        var rows = page["rows"]!.AsArray();
        Assert.Equal(20, rows.Count);
        Assert.Equal("[100,150,true,\"2026-01-17\",null]", rows[0]!.ToJsonString());
        Assert.Equal("[119,178.5,false,\"2026-01-08\",\"n119\"]", rows[19]!.ToJsonString());
    }

    [Fact]
    public async Task The_first_page_by_default_and_none_past_the_end()
    {
        var owner = await app.RegisterAsync();
        var dataset = (await owner.UploadAsync(await owner.CreateProjectAsync())).Id("dataset_id");

        var first = await (await owner.Client.GetAsync($"/api/datasets/{dataset}/rows")).ReadJsonAsync();
        var past = await (await owner.Client.GetAsync($"/api/datasets/{dataset}/rows?offset=4")).ReadJsonAsync();

        Assert.Equal(4, first["rows"]!.AsArray().Count);
        Assert.Equal(50, first["limit"]!.GetValue<int>());
        Assert.Equal("[29.99,\"ACME Corp\",0,\"2025-10-01\"]", first["rows"]![0]!.ToJsonString());
        Assert.Empty(past["rows"]!.AsArray());
        Assert.Equal(4, past["total"]!.GetValue<long>());
    }

    [Fact]
    public async Task Any_version_and_every_bad_request_gets_the_envelope()
    {
        var owner = await app.RegisterAsync();
        var dataset = (await owner.UploadAsync(await owner.CreateProjectAsync())).Id("dataset_id");
        Assert.Equal(HttpStatusCode.Created, (await owner.Client.PostVersionAsync(dataset, "amount,merchant\n7,x\n")).StatusCode);

        var newest = await (await owner.Client.GetAsync($"/api/datasets/{dataset}/rows")).ReadJsonAsync();
        var first = await (await owner.Client.GetAsync($"/api/datasets/{dataset}/rows?version=0")).ReadJsonAsync();

        Assert.Equal("1:[[7,\"x\"]]", $"{newest["version"]}:{newest["rows"]!.ToJsonString()}");
        Assert.Equal(4, first["rows"]!.AsArray().Count);
        foreach (var query in new[] { "limit=0", "limit=1001", "offset=-1", "version=-1" })
        {
            await (await owner.Client.GetAsync($"/api/datasets/{dataset}/rows?{query}")).AssertErrorAsync(HttpStatusCode.BadRequest);
        }

        await (await owner.Client.GetAsync($"/api/datasets/{dataset}/rows?version=9")).AssertErrorAsync(HttpStatusCode.NotFound);
        var outsider = await app.RegisterAsync();
        await (await outsider.Client.GetAsync($"/api/datasets/{dataset}/rows")).AssertErrorAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_page_holds_at_most_100000_values_whatever_the_columns()
    {
        var owner = await app.RegisterAsync();
        var csv = string.Join(',', Enumerable.Range(0, 400).Select(c => $"c{c}")) + "\n" + string.Join(',', Enumerable.Range(0, 400)) + "\n";
        var dataset = (await owner.UploadAsync(await owner.CreateProjectAsync(), "Wide", csv)).Id("dataset_id");

        var error = await (await owner.Client.GetAsync($"/api/datasets/{dataset}/rows?limit=1000")).AssertErrorAsync(HttpStatusCode.BadRequest);
        var fits = await owner.Client.GetAsync($"/api/datasets/{dataset}/rows?limit=250");

        Assert.Equal("A page holds at most 100,000 values; this version has 400 columns, so 'limit' may be at most 250.", error);
        Assert.Equal(HttpStatusCode.OK, fits.StatusCode);
    }
}

public sealed class DatasetRowsTestsOnSqlite(SqliteApp app) : DatasetRowsTests<SqliteApp>(app);

public sealed class DatasetRowsTestsOnPostgres(PostgresApp app) : DatasetRowsTests<PostgresApp>(app);
