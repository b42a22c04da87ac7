namespace ReviewKit.Notebooks;

/// <summary>A notebook written as a C# file-based app.</summary>
/// <param name="NotebookPath">The notebook's full path.</param>
/// <param name="AppPath">Where the app belongs: the app folder, the notebook's name, <c>.cs</c>.</param>
/// <param name="Text">The app's source: LF line ends, the same for the same notebook.</param>
public sealed record NotebookApp(string NotebookPath, string AppPath, string Text);
