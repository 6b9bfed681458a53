using System.Net;
using System.Net.Http.Json;
using DataPlatform.Infrastructure.Pipeline;
using DataPlatform.Tests.Support;

namespace DataPlatform.Tests.Infrastructure;

/// <summary>
/// What a request costs the database, counted statement by statement (<see cref="CommandCountingApp"/>):
/// an authorized read runs at most two commands, the access query and one for its data (a list whose
/// page is full runs one more, to count the whole list: see <see cref="A_list_counts_its_total_only_when_its_page_does_not_tell_it"/>). The routes
/// below do not yet and are held to what they run today, exactly, so that none grows unnoticed and
/// each one brought down to the budget leaves this list.
/// </summary>
public sealed class CommandBudgetTests(CommandCountingApp app) : IClassFixture<CommandCountingApp>
{
    private const int ReadBudget = 2;

    private static readonly Dictionary<string, int> OverBudget = new(StringComparer.Ordinal)
    {

        // The whole project, table by table: as many commands for any size of project.
        ["GET /api/projects/{project_id:guid}/export"] = 12,
    };

    [Fact]
    public async Task Every_authorized_read_runs_the_commands_it_is_budgeted()
    {
        var people = await ProjectWorld.People.RegisterAsync(app);
        var world = await ProjectWorld.CreateAsync(people);
        var problems = new List<string>();
        var measured = 0;
        foreach (var route in Routes.All(app).Where(r => r.Method == "GET"))
        {
            var request = route.Request;
            if (request is null || !typeof(IProjectScoped).IsAssignableFrom(request))
            {
                continue;
            }

            var message = ProjectWorld.Request(route, request, world);
            if (route.Pattern.EndsWith("/compare", StringComparison.Ordinal) || route.Pattern.EndsWith("/compare/report", StringComparison.Ordinal))
            {
                message.RequestUri = new Uri(message.RequestUri + "?v1=0&v2=1", UriKind.Relative);
            }

            var before = app.Commands;
            var response = await people.Owner.Client.SendAsync(message);
            var used = app.Commands - before;
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{route}: {(int)response.StatusCode}");
            var budget = OverBudget.GetValueOrDefault(route.ToString(), ReadBudget);
            if (used > budget || (used < budget && budget > ReadBudget))
            {
                problems.Add($"{route}: {used} commands, budgeted {budget}");
            }

            measured++;
        }

        Assert.True(measured >= 30, $"only {measured} reads were measured");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task A_list_counts_its_total_only_when_its_page_does_not_tell_it()
    {
        var owner = await app.RegisterAsync();
        var project = await owner.CreateProjectAsync();
        foreach (var name in new[] { "a", "b", "c" })
        {
            Assert.Equal(HttpStatusCode.Created, (await owner.Client.PostAsJsonAsync("/api/experiments", new { project_id = project, name })).StatusCode);
        }

        // (limit, offset) -> items on the page, commands: a page that is not full ends the list and tells its total.
        foreach (var (limit, offset, items, commands) in new[] { (5, 0, 3, 2), (2, 2, 1, 2), (2, 0, 2, 3), (3, 0, 3, 3), (2, 5, 0, 3) })
        {
            var before = app.Commands;
            var body = await (await owner.Client.GetAsync($"/api/experiments?project_id={project}&limit={limit}&offset={offset}")).ReadJsonAsync();

            Assert.Equal(3, body["total"]!.GetValue<long>());
            Assert.Equal(items, body["items"]!.AsArray().Count);
            Assert.Equal(commands, app.Commands - before);
        }
    }
}
