using System.Runtime.InteropServices;
using ReviewKit.Cli.Export;

namespace ReviewKit.Cli.Tests;

public sealed class BrowserLocatorTests
{
    private static readonly Dictionary<string, string> WindowsFolders = new()
    {
        ["ProgramFiles"] = @"C:\Program Files",
        ["ProgramFiles(x86)"] = @"C:\Program Files (x86)",
        ["LOCALAPPDATA"] = @"C:\Users\ada\AppData\Local",
    };

    [Fact]
    public void Find_NothingInstalled_Null()
    {
        Assert.Null(BrowserLocator.Find(OSPlatform.Linux, _ => null, _ => false));
    }

    [Theory]
    [InlineData("/usr/bin/chromium", "Chromium")]
    [InlineData("/snap/bin/chromium", "Chromium")]
    [InlineData("/usr/bin/google-chrome-stable", "Google Chrome")]
    [InlineData("/opt/microsoft/msedge/msedge", "Microsoft Edge")]
    public void Find_LinuxWithOneBrowser_ThatBrowser(string installed, string name)
    {
        Assert.Equal(new Browser(name, installed), BrowserLocator.Find(OSPlatform.Linux, _ => null, path => path == installed));
    }

    [Fact]
    public void Find_LinuxWithSeveral_ChromiumBeforeChromeBeforeEdge()
    {
        string[] installed = ["/usr/bin/microsoft-edge", "/usr/bin/google-chrome", "/usr/bin/chromium-browser"];

        Assert.Equal(new Browser("Chromium", "/usr/bin/chromium-browser"), BrowserLocator.Find(OSPlatform.Linux, _ => null, installed.Contains));
        Assert.Equal(new Browser("Google Chrome", "/usr/bin/google-chrome"), BrowserLocator.Find(OSPlatform.Linux, _ => null, installed[..2].Contains));
    }

    [Theory]
    [InlineData(@"C:\Program Files (x86)\Microsoft\Edge\Application\msedge.exe", "Microsoft Edge")] // every Windows 10 and 11 has it
    [InlineData(@"C:\Program Files\Google\Chrome\Application\chrome.exe", "Google Chrome")]
    [InlineData(@"C:\Users\ada\AppData\Local\Google\Chrome\Application\chrome.exe", "Google Chrome")] // installed for one user
    [InlineData(@"C:\Users\ada\AppData\Local\Chromium\Application\chrome.exe", "Chromium")]
    public void Find_WindowsWithOneBrowser_ThatBrowser(string installed, string name)
    {
        Assert.Equal(new Browser(name, installed), BrowserLocator.Find(OSPlatform.Windows, WindowsFolders.GetValueOrDefault, path => path == installed));
    }

    [Fact]
    public void Find_WindowsWithChromeAndEdge_Chrome()
    {
        string[] installed = [@"C:\Program Files (x86)\Microsoft\Edge\Application\msedge.exe", @"C:\Users\ada\AppData\Local\Google\Chrome\Application\chrome.exe"];

        Assert.Equal("Google Chrome", BrowserLocator.Find(OSPlatform.Windows, WindowsFolders.GetValueOrDefault, installed.Contains)?.Name);
    }

    [Theory]
    [InlineData("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome", "Google Chrome")]
    [InlineData("/Users/ada/Applications/Chromium.app/Contents/MacOS/Chromium", "Chromium")]
    [InlineData("/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge", "Microsoft Edge")]
    public void Find_MacWithOneBrowser_ThatBrowser(string installed, string name)
    {
        Func<string, string?> environment = variable => variable == "HOME" ? "/Users/ada" : null;

        Assert.Equal(new Browser(name, installed), BrowserLocator.Find(OSPlatform.OSX, environment, path => path == installed));
    }

    [Fact]
    public void Find_VariableNamingABrowser_ItComesFirst()
    {
        Func<string, string?> environment = variable => variable == BrowserLocator.Variable ? "/opt/my-chromium/chrome" : null;

        var found = BrowserLocator.Find(OSPlatform.Linux, environment, path => path is "/opt/my-chromium/chrome" or "/usr/bin/chromium");

        Assert.Equal("/opt/my-chromium/chrome", found?.ExecutablePath);
    }

    [Fact]
    public void Find_VariableNamingNoFile_PassedOver()
    {
        Func<string, string?> environment = variable => variable == BrowserLocator.Variable ? "/no/such/chrome" : null;

        Assert.Equal(new Browser("Chromium", "/usr/bin/chromium"), BrowserLocator.Find(OSPlatform.Linux, environment, path => path == "/usr/bin/chromium"));
    }
}
