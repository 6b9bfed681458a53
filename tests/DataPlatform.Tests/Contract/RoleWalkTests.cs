using System.Net;
using System.Reflection;
using DataPlatform.Infrastructure.Pipeline;
using DataPlatform.Tests.Support;

namespace DataPlatform.Tests.Contract;

/// <summary>
/// Walks every route of every surface as an outsider, a viewer, an editor, the creator of what the route
/// names (an editor) and an owner, and expects what the route's request declares: its target, the role it
/// needs and whether the creator may act (<see cref="IProjectScoped"/>, <see cref="ICreatorMayAct"/>).
/// A caller the declaration refuses gets 403; one it lets through is never refused (401, 403) nor told
/// that what exists is missing (404); every target that does not exist is 404; every error is the envelope.
/// Each caller the declaration lets through acts on a fresh project, so that a delete or a rename by one
/// does not change what the next one sees.
/// </summary>
public sealed class RoleWalkTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    /// <summary>Routes that act on no project: signing in, and the caller's own account, keys and project list.</summary>
    private static readonly string[] CallerRoutes =
    [
        "POST /api/auth/register",
        "POST /api/auth/login",
        "GET /api/auth/me",
        "GET /api/auth/api-keys",
        "POST /api/auth/api-keys",
        "DELETE /api/auth/api-keys/{id:guid}",
        "GET /api/projects",
        "POST /api/projects",
        "POST /api/projects/import",
        "GET /projects",
        "POST /projects",
    ];

    [Fact]
    public async Task Every_route_answers_every_role_as_its_request_declares()
    {
        var people = await ProjectWorld.People.RegisterAsync(app);
        var walked = 0;
        foreach (var route in Routes.All(app))
        {
            var request = route.Request;
            if (request is null || !typeof(IProjectScoped).IsAssignableFrom(request))
            {
                Assert.True(
                    route.Name is null or "Home" or "Health" || CallerRoutes.Contains(route.ToString().TrimEnd('/')) || route.Pattern.Contains("{documentName", StringComparison.Ordinal),
                    $"{route} ({route.Name}) declares no project access and is not one of the caller's own routes");
                continue;
            }

            var required = (ProjectRole)request.GetProperty(nameof(IProjectScoped.RequiredRole), BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
            var creatorMayAct = typeof(ICreatorMayAct).IsAssignableFrom(request);
            var least = creatorMayAct ? (ProjectRole)Math.Min((int)required, (int)ProjectRole.Editor) : required;

            var world = await ProjectWorld.CreateAsync(people);
            await ExpectAsync(route, request, world, people.Outsider, allowed: false);
            foreach (var (caller, role, isCreator) in new[] { (people.Viewer, ProjectRole.Viewer, false), (people.Editor, ProjectRole.Editor, false), (people.Creator, ProjectRole.Editor, true), (people.Owner, ProjectRole.Owner, false) })
            {
                var allowed = role >= required || (creatorMayAct && isCreator && role >= least);
                await ExpectAsync(route, request, allowed ? await ProjectWorld.CreateAsync(people) : world, caller, allowed);
            }

            var missing = await people.Owner.Client.SendAsync(ProjectWorld.Request(route, request, ProjectWorld.Missing(people.Owner)));
            Assert.True(missing.StatusCode == HttpStatusCode.NotFound, $"{route} on targets that do not exist: {(int)missing.StatusCode} {await missing.Content.ReadAsStringAsync()}");
            await missing.AssertErrorAsync(HttpStatusCode.NotFound);
            walked++;
        }

        Assert.True(walked >= 60, $"only {walked} project routes were walked");
    }

    private static async Task ExpectAsync(RouteInfo route, Type request, ProjectWorld world, TestUser caller, bool allowed)
    {
        var response = await caller.Client.SendAsync(ProjectWorld.Request(route, request, world));
        var status = (int)response.StatusCode;
        if (!allowed)
        {
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{route} as {caller.Email}: {status}, expected 403");
            await response.AssertErrorAsync(HttpStatusCode.Forbidden);
            return;
        }

        Assert.True(status is not (401 or 403 or 404) and < 500, $"{route} as {caller.Email}: {status} {await response.Content.ReadAsStringAsync()}");
        if (status >= 400)
        {
            await response.AssertErrorAsync(response.StatusCode);
        }
    }
}
