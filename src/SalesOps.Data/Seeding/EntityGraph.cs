using System.Collections;
using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Metadata;

namespace SalesOps.Data.Seeding;

/// <summary>
/// The new entities reachable from some roots through the model's navigations, per entity type in the order they were
/// found (roots first, breadth first), and what SaveChanges would otherwise do for them: number their keys and fill in
/// foreign keys from the navigations. An entity whose key is already set exists: it is neither collected nor followed.
/// </summary>
internal sealed class EntityGraph(IModel model)
{
    private readonly IModel _model = model;
    private readonly Dictionary<Type, EntityShape> _shapes = [];
    private readonly Dictionary<IProperty, Action<object, object?>> _setters = [];

    /// <summary>The new entities found by the last <see cref="Collect"/>, per entity type.</summary>
    public Dictionary<IEntityType, List<object>> Entities { get; } = [];

    public void Collect(IEnumerable<object> roots)
    {
        Entities.Clear();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var queue = new Queue<object>(roots);
        while (queue.TryDequeue(out var entity))
        {
            var shape = Shape(entity);
            if (shape.KeyOf(entity) != 0 || !seen.Add(entity))
            {
                continue;
            }

            if (!Entities.TryGetValue(shape.Type, out var list))
            {
                Entities[shape.Type] = list = [];
            }

            list.Add(entity);
            foreach (var navigation in shape.Navigations)
            {
                foreach (var related in Related(navigation, entity))
                {
                    queue.Enqueue(related);
                }
            }
        }
    }

    /// <summary>Numbers the collected entities of <paramref name="type"/> from <paramref name="firstId"/> up, in order.</summary>
    public void AssignKeys(IEntityType type, long firstId)
    {
        ArgumentNullException.ThrowIfNull(type);
        var shape = _shapes[type.ClrType];
        var setKey = Setter(shape.Key);
        var next = firstId;
        foreach (var entity in Entities[type])
        {
            setKey(entity, shape.Key.ClrType == typeof(int) ? checked((int)next) : (object)next);
            next++;
        }
    }

    /// <summary>Copies principal keys into foreign keys along every navigation of the collected entities.</summary>
    public void FixUpForeignKeys()
    {
        foreach (var (type, entities) in Entities)
        {
            var shape = _shapes[type.ClrType];
            foreach (var entity in entities)
            {
                foreach (var navigation in shape.Navigations)
                {
                    foreach (var related in Related(navigation, entity))
                    {
                        var (dependent, principal) = navigation.IsOnDependent ? (entity, related) : (related, entity);
                        var foreignKey = navigation.ForeignKey;
                        for (var i = 0; i < foreignKey.Properties.Count; i++)
                        {
                            var value = foreignKey.PrincipalKey.Properties[i].GetGetter().GetClrValueUsingContainingEntity(principal);
                            Setter(foreignKey.Properties[i])(dependent, value);
                        }
                    }
                }
            }
        }
    }

    private static IEnumerable<object> Related(INavigation navigation, object entity) =>
        navigation.GetGetter().GetClrValueUsingContainingEntity(entity) switch
        {
            null => [],
            IEnumerable many when navigation.IsCollection => many.Cast<object>(),
            var one => [one],
        };

    private EntityShape Shape(object entity)
    {
        var clrType = entity.GetType();
        if (!_shapes.TryGetValue(clrType, out var shape))
        {
            var type = _model.FindEntityType(clrType)
                ?? throw new InvalidOperationException($"{clrType.Name} is not an entity type of the model.");
            var key = type.FindPrimaryKey()?.Properties is [var single] && (single.ClrType == typeof(int) || single.ClrType == typeof(long))
                ? single
                : throw new NotSupportedException($"{type.DisplayName()} needs a single int or long key to be written in bulk.");
            _shapes[clrType] = shape = new EntityShape(type, key, [.. type.GetNavigations()]);
        }

        return shape;
    }

    private Action<object, object?> Setter(IProperty property)
    {
        if (!_setters.TryGetValue(property, out var setter))
        {
            var clrProperty = property.PropertyInfo
                ?? throw new NotSupportedException($"{property.DeclaringType.DisplayName()}.{property.Name} has no CLR property to set.");
            var entity = Expression.Parameter(typeof(object));
            var value = Expression.Parameter(typeof(object));
            var assign = Expression.Assign(
                Expression.Property(Expression.Convert(entity, clrProperty.DeclaringType!), clrProperty),
                Expression.Convert(value, clrProperty.PropertyType));
            _setters[property] = setter = Expression.Lambda<Action<object, object?>>(assign, entity, value).Compile();
        }

        return setter;
    }

    private sealed record EntityShape(IEntityType Type, IProperty Key, INavigation[] Navigations)
    {
        public long KeyOf(object entity) =>
            Convert.ToInt64(Key.GetGetter().GetClrValueUsingContainingEntity(entity), CultureInfo.InvariantCulture);
    }
}
