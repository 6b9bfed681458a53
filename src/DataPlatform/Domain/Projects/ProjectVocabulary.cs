namespace DataPlatform.Domain.Projects;

/// <summary>The fixed values of records that more than one surface writes (the database stores them as text).</summary>
public static class ProjectVocabulary
{
    public static readonly string[] TaskStatuses = ["todo", "in_progress", "completed"];

    /// <summary>The CRISP-DM phases.</summary>
    public static readonly string[] Phases = ["business", "data_understanding", "data_preparation", "modeling", "evaluation", "deployment"];
}
